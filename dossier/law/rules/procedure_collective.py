"""Débiteur en procédure collective : les créances nées avant le jugement d'ouverture ne se réclament plus.

Texte
    C. com., art. L622-21, I : « Le jugement d'ouverture interrompt ou interdit toute action en
    justice de la part de tous les créanciers dont la créance n'est pas mentionnée au I de
    l'article L. 622-17 et tendant : 1° A la condamnation du débiteur au paiement d'une somme
    d'argent ; […] » — en sauvegarde ; applicable au redressement (L631-14, I) et à la
    liquidation (L641-3).
    C. com., art. L622-17, I : « Les créances nées régulièrement après le jugement d'ouverture pour
    les besoins du déroulement de la procédure ou de la période d'observation, ou en contrepartie
    d'une prestation fournie au débiteur pendant cette période, sont payées à leur échéance. » —
    en sauvegarde ; applicable au redressement (L631-14, I) ; en liquidation, art. L641-13, I :
    « Sont payées à leur échéance les créances nées régulièrement après le jugement qui ouvre ou
    prononce la liquidation judiciaire : – si elles sont nées pour les besoins du déroulement de
    la procédure ou du maintien provisoire de l'activité […] ; – si elles sont nées en contrepartie
    d'une prestation fournie au débiteur pendant le maintien de l'activité […] ».
    C. com., art. L622-24 et R622-24 : le créancier antérieur déclare sa créance au mandataire
    judiciaire dans les deux mois de la publication du jugement d'ouverture au BODACC.

Lecture retenue
    Une créance naît de son fait générateur, non de son exigibilité : la date d'exécution de la
    prestation (`factures[].execution`), à défaut la date de la facture (pour un loyer, l'avis
    d'échéance de la période). Le jugement prend effet le jour où il est rendu : une facture née ce
    jour-là ou après est postérieure.
    - Dès le jugement d'ouverture (date donnée dans le dossier, au plus tard le jour d'édition),
      une facture restant due qui est née avant lui bloque : dossier ne rédige ni relance, ni mise
      en demeure, ni requête (PROC-01), et rappelle de la déclarer. Le constat nomme ces factures
      et cite les articles de la procédure ouverte.
    - Les factures nées après le jugement sont payables à leur échéance si elles remplissent les
      conditions de L622-17, I (L641-13, I en liquidation) — nées régulièrement, pour les besoins
      de la procédure ou en contrepartie d'une prestation fournie pendant la période. dossier ne
      peut pas le vérifier : il rédige les courriers et avertit (PROC-02). Les intérêts restent
      arrêtés au jugement (L622-28, `montants/computation.py`) : choix prudent, il réclame moins.

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> redressement = {"type": "redressement", "date": "2025-12-01"}
    >>> c = exemple("b2b", factures=f, debiteur={"procedure_collective": redressement})
    >>> [k.code for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    ['PROC-01']
    >>> [k.code for k in verifier(c, calculer(c, date(2025, 11, 15)))]  # before the judgment
    []
    >>> apres = [facture("F-2", "2025-12-15", "2026-01-14", "600.00")]  # a rent after the opening
    >>> c = exemple("b2b", factures=apres, debiteur={"procedure_collective": redressement})
    >>> [(k.code, k.bloquant) for k in verifier(c, calculer(c, date(2026, 2, 15)))]
    [('PROC-02', False)]
"""

from __future__ import annotations

from datetime import date

from dossier.findings import Constat, constat
from dossier.francais import date_longue, enumeration
from dossier.law.calcul import Calcul
from dossier.model.claim import Creance, Facture
from dossier.model.parties import ProcedureCollective

CODES = ("PROC-01", "PROC-02")
# The articles that apply, by proceedings: the bar on individual actions, and the debts paid at
# their due date (sauvegarde: the articles themselves; redressement: by reference, L631-14).
INTERDICTION = {
    "sauvegarde": "C. com. L622-21",
    "redressement": "C. com. L622-21, applicable par L631-14",
    "liquidation": "C. com. L622-21, applicable par L641-3",
}
PAYEES_A_ECHEANCE = {
    "sauvegarde": "C. com. L622-17, I",
    "redressement": "C. com. L622-17, I, applicable par L631-14",
    "liquidation": "C. com. L641-13, I",
}
CONDITIONS = {
    "sauvegarde": "pour les besoins du déroulement de la procédure ou de la période d'observation, "
    "ou en contrepartie d'une prestation fournie au débiteur pendant cette période",
    "redressement": "pour les besoins du déroulement de la procédure ou de la période d'observation, "
    "ou en contrepartie d'une prestation fournie au débiteur pendant cette période",
    "liquidation": "pour les besoins du déroulement de la procédure ou du maintien provisoire de "
    "l'activité, ou en contrepartie d'une prestation fournie au débiteur pendant ce maintien",
}


def nee_le(facture: Facture) -> date:
    """The day the debt arose: the service performed (`execution`), else the invoice's date."""
    return facture.execution or facture.date


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    procedure = creance.debiteur.procedure_collective
    # « Le jugement d'ouverture interrompt ou interdit toute action… » : from its date on
    if procedure is None or procedure.date > calcul.jour:
        return []
    dues = {f.numero for f in calcul.factures if f.reclamee}
    factures = [f for f in creance.factures if f.numero in dues]
    anterieures = [f for f in factures if nee_le(f) < procedure.date]
    if anterieures:
        return [_anterieures(creance, procedure, anterieures)]
    if factures:
        return [_posterieures(creance, procedure, factures)]
    return []


# The sentence's words, agreed with the number of invoices: (one, several).
ACCORDS = {
    "la": ("la facture", "les factures"),
    "nee": ("née", "nées"),
    "peut": ("ne peut plus être réclamée", "ne peuvent plus être réclamées"),
    "est": ("est payable à son échéance si elle est née", "sont payables à leur échéance si elles sont nées"),
}


def _accord(cle: str, factures: list[Facture]) -> str:
    return ACCORDS[cle][len(factures) > 1]


def _anterieures(creance: Creance, procedure: ProcedureCollective, factures: list[Facture]) -> Constat:
    return constat(
        "PROC-01",
        f"le débiteur est en {procedure.type} judiciaire depuis le {date_longue(procedure.date)} : "
        f"{_accord('la', factures)} {enumeration([f.numero for f in factures])}, "
        f"{_accord('nee', factures)} avant le jugement d'ouverture, {_accord('peut', factures)} "
        f"au débiteur ({INTERDICTION[procedure.type]})",
        ou=creance.position("debiteur", "procedure_collective"),
        que_faire=(
            "Déclarez ces factures au mandataire judiciaire dans les deux mois de la publication du "
            "jugement au BODACC (C. com. L622-24, R622-24). Pour réclamer des factures nées après le "
            "jugement, retirez du dossier celles qui sont nées avant."
        ),
    )


def _posterieures(creance: Creance, procedure: ProcedureCollective, factures: list[Facture]) -> Constat:
    return constat(
        "PROC-02",
        f"le débiteur est en {procedure.type} judiciaire depuis le {date_longue(procedure.date)} ; "
        f"{_accord('la', factures)} {enumeration([f.numero for f in factures])}, "
        f"{_accord('nee', factures)} après le jugement, {_accord('est', factures)} régulièrement "
        f"{CONDITIONS[procedure.type]} ({PAYEES_A_ECHEANCE[procedure.type]})",
        ou=creance.position("debiteur", "procedure_collective"),
        que_faire=(
            "Vérifiez que la créance remplit ces conditions ; à défaut, ne l'envoyez pas et "
            "rapprochez-vous d'un avocat. Impayée, portez-la à la connaissance de l'administrateur "
            "ou du mandataire judiciaire (du liquidateur en liquidation) pour conserver son privilège."
        ),
    )
