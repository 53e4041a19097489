"""Mise en demeure envoyée : la preuve de l'envoi et de la réception.

Texte
    C. civ., art. 1344 : « Le débiteur est mis en demeure de payer soit par une sommation ou un
    acte portant interpellation suffisante, soit, si le contrat le prévoit, par la seule
    exigibilité de l'obligation. »
    C. civ., art. 1231-6, al. 1 : « Les dommages et intérêts dus à raison du retard dans le
    paiement d'une obligation de somme d'argent consistent dans l'intérêt au taux légal, à
    compter de la mise en demeure. »

Lecture retenue
    La mise en demeure se prouve : sans envoi recommandé avec avis de réception, dossier avertit
    que la date d'effet pourra être contestée (et le juge de l'injonction de payer demandera la
    preuve). Sans date d'accusé de réception, le délai court de la date de la lettre, avec un
    avertissement (docs/decisions.md « Deadlines »).

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> def codes(courrier):
    ...     c = exemple("consommateur", factures=f, courriers=[courrier])
    ...     return [k.code for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    >>> codes({"type": "mise_en_demeure", "date": "2025-11-20"})
    ['MED-01']
    >>> codes({"type": "mise_en_demeure", "date": "2025-11-20", "envoi": "lrar"})
    ['MED-02']
    >>> codes({"type": "mise_en_demeure", "date": "2025-11-20", "envoi": "lrar",
    ...        "accuse_reception": {"date": "2025-11-22"}})
    []
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.model.claim import Creance

CODES = ("MED-01", "MED-02")


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    constats = []
    for i, courrier in enumerate(creance.courriers):
        if courrier.type != "mise_en_demeure" or courrier.date > calcul.jour:
            continue
        # « une sommation ou un acte portant interpellation suffisante » : it must be provable
        if courrier.envoi != "lrar":
            constats.append(
                constat(
                    "MED-01",
                    f"la mise en demeure du {date_longue(courrier.date)} n'a pas été envoyée "
                    "en recommandé avec avis de réception",
                    ou=creance.position("courriers", i),
                )
            )
        elif courrier.accuse_reception is None:
            constats.append(
                constat(
                    "MED-02",
                    f"la mise en demeure du {date_longue(courrier.date)} n'a pas de date "
                    "d'accusé de réception : les délais courent de la date de la lettre",
                    ou=creance.position("courriers", i),
                )
            )
    return constats
