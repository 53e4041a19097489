"""Requête en injonction de payer : une clause pénale annoncée par la mise en demeure, et son cumul.

Texte
    C. civ., art. 1231-5 : « Lorsque le contrat stipule que celui qui manquera de l'exécuter paiera
    une certaine somme à titre de dommages et intérêts, il ne peut être alloué à l'autre partie une
    somme plus forte ni moindre. / Néanmoins, le juge peut, même d'office, modérer ou augmenter la
    pénalité ainsi convenue si elle est manifestement excessive ou dérisoire. […] / Sauf
    inexécution définitive, la pénalité n'est encourue que lorsque le débiteur est mis en demeure. »
    C. com., art. L441-10, II : pénalités de retard et indemnité forfaitaire pour frais de
    recouvrement, dues de plein droit entre professionnels.

Lecture retenue
    - La pénalité n'est encourue que par la mise en demeure (al. 5) : la requête ne demande une
      clause pénale que si la mise en demeure sur laquelle elle s'appuie (la dernière envoyée,
      `injonction_mise_en_demeure`) l'a nommée. Celle que dossier rédige la nomme envers un
      débiteur professionnel (stipulation et montant : `montants/clause_penale.annoncee`) ; un
      courrier ne nomme jamais de clause pénale à un débiteur non professionnel (FRAIS-06). Sinon
      la requête n'est pas rédigée (INJ-17, bloquant à la requête) : la mise en demeure envoyée
      est enregistrée comme ne la nommant pas (`clause_penale_annoncee: false`), le débiteur n'est
      pas professionnel, ou la lettre jointe est celle du créancier (`piece`) sans que le dossier
      dise si elle la nommait.
    - Demandée en plus des pénalités de retard ou de l'indemnité forfaitaire de 40 €, la clause
      pénale répare en partie le même retard : le juge peut la modérer (al. 2). Un avertissement
      le dit (FRAIS-07) ; la requête la compte déjà à part et le rappelle.

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> med = {"type": "mise_en_demeure", "date": "2026-01-05", "envoi": "lrar", "numero_lrar": "1A1"}
    >>> contrat = {"type": "prestation", "objet": "Pose", "date": "2025-08-01",
    ...            "clause_penale": {"taux": "10"}}
    >>> def codes(profil, **cles):
    ...     c = exemple(profil, factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
    ...                 contrat=contrat, **cles)
    ...     return [(k.code, k.severite.value) for k in verifier(c, calculer(c, date(2026, 2, 1)))]
    >>> codes("b2b", courriers=[med])   # dossier's notice named it; with penalties and the 40 €
    [('FRAIS-07', 'avertissement')]
    >>> codes("b2b", courriers=[{**med, "clause_penale_annoncee": False}])
    [('INJ-17', 'bloquant'), ('FRAIS-07', 'avertissement')]
    >>> codes("civil", courriers=[med])   # a letter never names it to a non-professional
    [('INJ-17', 'bloquant')]
    >>> codes("consommateur", courriers=[med])   # never claimed from a consumer (FRAIS-02)
    []
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import date_longue, enumeration, euros
from dossier.law.calcul import Calcul, Regime
from dossier.law.money import somme
from dossier.law.montants.clause_penale import clause_du_document
from dossier.law.rules.injonction_mise_en_demeure import derniere_mise_en_demeure
from dossier.law.rules.injonction_montant import factures_exigibles
from dossier.model.claim import Courrier, Creance

CODES = ("INJ-17", "FRAIS-07")


def _pourquoi_pas(courrier: Courrier, regime: Regime) -> str | None:
    """Why the notice did not name the clause, or None when it did."""
    if courrier.clause_penale_annoncee is True:
        return None
    if courrier.clause_penale_annoncee is False:
        return "ne la nommait pas (« clause_penale_annoncee: false »)"
    if courrier.piece is not None:
        return (
            "est votre propre lettre (« piece ») : le dossier ne dit pas si elle nommait la clause "
            "(« clause_penale_annoncee »)"
        )
    if regime is Regime.CIVIL:
        return "ne la nomme pas : un courrier ne nomme pas de clause pénale à un débiteur non professionnel"
    return None  # dossier's own notice names it to a professional debtor (its copy says so)


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    visees = set(factures_exigibles(calcul))
    factures = [f for f in calcul.factures_reclamees if f.numero in visees]
    clause = clause_du_document(creance, somme(f.restant for f in factures))
    rang = derniere_mise_en_demeure(creance, calcul.jour)
    if not clause or rang is None:  # no clause claimed; no notice: INJ-03 says it
        return []
    constats = []
    courrier = creance.courriers[rang]
    pourquoi = _pourquoi_pas(courrier, calcul.regime)
    if pourquoi is not None:
        # 1231-5 al. 5 : « la pénalité n'est encourue que lorsque le débiteur est mis en demeure »
        constats.append(
            constat(
                "INJ-17",
                f"la requête demanderait la clause pénale du contrat ({euros(clause)}), mais la mise en "
                f"demeure du {date_longue(courrier.date)} {pourquoi} ; la pénalité n'est encourue que par "
                "une mise en demeure qui l'annonce (C. civ. 1231-5, al. 5)",
                ou=creance.position("courriers", rang),
            )
        )
    cumul = []
    if calcul.regime is Regime.PROFESSIONNEL and somme(f.interets_dus for f in factures):
        cumul.append("des pénalités de retard")
    if somme(f.indemnite for f in factures):
        cumul.append("de l'indemnité forfaitaire pour frais de recouvrement")
    if cumul:
        # 1231-5 al. 2 : « le juge peut, même d'office, modérer […] la pénalité »
        constats.append(
            constat(
                "FRAIS-07",
                f"la clause pénale ({euros(clause)}) est demandée en plus {enumeration(cumul)} : elles "
                "réparent en partie le même retard, et le juge peut modérer la clause si elle est "
                "manifestement excessive (C. civ. 1231-5, al. 2)",
                ou=creance.position("contrat", "clause_penale"),
            )
        )
    return constats
