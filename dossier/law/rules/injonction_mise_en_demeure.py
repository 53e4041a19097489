"""Requête en injonction de payer : une mise en demeure prouvée, dont le délai est expiré.

Texte
    C. civ., art. 1344 : « Le débiteur est mis en demeure de payer soit par une sommation ou un
    acte portant interpellation suffisante, soit, si le contrat le prévoit, par la seule
    exigibilité de l'obligation. »
    C. civ., art. 1231-6, al. 1 : l'intérêt au taux légal est dû « à compter de la mise en
    demeure ».
    CPC, art. 1405 : « Le recouvrement d'une créance peut être demandé suivant la procédure
    d'injonction de payer lorsque : 1° La créance a une cause contractuelle […] ».

Lecture retenue
    La loi n'exige pas de mise en demeure avant la requête ; dossier l'exige (pratique graduée du
    recouvrement amiable ; le juge vérifie que la créance est exigible et que le débiteur a été
    invité à payer) :
    - une mise en demeure (`courriers[].type: mise_en_demeure`) datée au plus tard du jour de la
      requête (INJ-03) ;
    - sa preuve : envoi recommandé avec avis de réception (`envoi: lrar`) et, dans le dossier,
      le numéro du recommandé ou l'accusé de réception (INJ-04) ;
    - son délai expiré (INJ-05 sinon, avec le jour à partir duquel la requête sera possible) :
      il court `delai_jours` jours (à défaut `options.delai_mise_en_demeure_jours`) à compter de
      l'accusé de réception, ou de la date de la lettre faute d'accusé (MED-02 l'avertit déjà) ;
      la requête est possible le lendemain du dernier jour (docs/decisions.md « Deadlines »).
    La dernière mise en demeure envoyée est celle qui compte ; après la déchéance du terme d'un
    échéancier, seule une mise en demeure datée après elle compte (docs/decisions.md « After a
    signed plan, the plan governs » ; `injonction_plan`). Un délai compté en jours calendaires (pas
    de report au jour ouvrable suivant : choix prudent, il ne raccourcit rien).

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> def codes(*courriers, jour=date(2026, 1, 15)):
    ...     c = exemple("consommateur", factures=f, courriers=list(courriers))
    ...     return [k.code for k in verifier(c, calculer(c, jour))]
    >>> codes({"type": "relance_1", "date": "2025-11-10"})
    ['INJ-03']
    >>> codes({"type": "mise_en_demeure", "date": "2025-11-20"})
    ['INJ-04']
    >>> med = {"type": "mise_en_demeure", "date": "2026-01-05", "envoi": "lrar", "numero_lrar": "1A1",
    ...        "delai_jours": 8, "accuse_reception": {"date": "2026-01-07"}}
    >>> codes(med), codes(med, jour=date(2026, 1, 16))   # the deadline ends on 15 January
    (['INJ-05'], [])
    >>> fin_du_delai(exemple("consommateur", factures=f, courriers=[med]).courriers[0], 8)
    (datetime.date(2026, 1, 15), True)
"""

from __future__ import annotations

from datetime import date, timedelta

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.law.calendrier import lendemain
from dossier.law.rules.injonction_plan import decheance_notifiee
from dossier.model.claim import Courrier, Creance

CODES = ("INJ-03", "INJ-04", "INJ-05")


def fin_du_delai(courrier: Courrier, delai_par_defaut: int) -> tuple[date, bool]:
    """Le dernier jour du délai laissé par la mise en demeure, et s'il court de l'accusé de réception."""
    delai = courrier.delai_jours if courrier.delai_jours is not None else delai_par_defaut
    recu = courrier.accuse_reception
    depart = recu.date if recu is not None else courrier.date
    return depart + timedelta(days=delai), recu is not None


def derniere_mise_en_demeure(creance: Creance, jour: date) -> int | None:
    """Le rang, dans `courriers`, de la dernière mise en demeure envoyée au plus tard le `jour` ;
    après une déchéance du terme notifiée, seulement parmi celles envoyées après elle."""
    decheance = decheance_notifiee(creance, jour)
    rangs = [
        i
        for i, c in enumerate(creance.courriers)
        if c.type == "mise_en_demeure" and c.date <= jour and (decheance is None or c.date > decheance.date)
    ]
    return max(rangs, key=lambda i: (creance.courriers[i].date, i), default=None)


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    jour = calcul.jour
    rang = derniere_mise_en_demeure(creance, jour)
    decheance = decheance_notifiee(creance, jour)
    if rang is None and decheance is not None:
        return [
            constat(
                "INJ-03",
                "aucune mise en demeure n'a été envoyée depuis la déchéance du terme notifiée le "
                f"{date_longue(decheance.date)} : une mise en demeure antérieure ne vaut pas pour le "
                "solde de l'échéancier",
                ou=creance.position("courriers"),
                que_faire="Envoyez une mise en demeure du solde du plan en recommandé avec avis de réception "
                "(dossier build --jusqua mise_en_demeure), puis enregistrez-la dans « courriers ».",
            )
        ]
    if rang is None:
        return [
            constat(
                "INJ-03",
                "aucune mise en demeure n'a été envoyée : la requête en injonction de payer ne la "
                "remplace pas",
                ou=creance.position("courriers"),
            )
        ]
    courrier = creance.courriers[rang]
    # « une sommation ou un acte portant interpellation suffisante » : le juge en demandera la preuve
    if courrier.envoi != "lrar" or (courrier.numero_lrar is None and courrier.accuse_reception is None):
        manque = (
            f"n'a pas été envoyée en recommandé avec avis de réception (envoi : {courrier.envoi})"
            if courrier.envoi != "lrar"
            else "n'a ni numéro de recommandé ni accusé de réception dans le dossier"
        )
        return [
            constat(
                "INJ-04",
                f"la mise en demeure du {date_longue(courrier.date)} {manque}",
                ou=creance.position("courriers", rang),
            )
        ]
    fin, recue = fin_du_delai(courrier, creance.options.delai_mise_en_demeure_jours)
    if jour <= fin:
        depart = "de sa réception" if recue else "de la date de la lettre, faute d'accusé de réception"
        return [
            constat(
                "INJ-05",
                f"le délai laissé par la mise en demeure du {date_longue(courrier.date)} court "
                f"jusqu'au {date_longue(fin)} inclus (compté {depart}) : la requête pourra être "
                f"présentée à partir du {date_longue(lendemain(fin))}",
                ou=creance.position("courriers", rang),
                que_faire=f"Attendez le {date_longue(lendemain(fin))} pour produire la requête ; enregistrez "
                "dans « paiements » ce que le débiteur aura réglé d'ici là.",
            )
        ]
    return []
