"""Loyers d'un bail commercial : pas de pénalités du code de commerce que le bail ne stipule pas.

Texte
    C. com., art. L441-10, II : les conditions de règlement précisent « les conditions d'application
    et le taux d'intérêt des pénalités de retard exigibles le jour suivant la date de règlement
    figurant sur la facture » ainsi que « le montant de l'indemnité forfaitaire pour frais de
    recouvrement » — un texte du titre IV du livre IV (transparence des relations commerciales),
    écrit pour les ventes de produits et les prestations de services entre professionnels.
    C. civ., art. 1231-6, al. 1 : « Les dommages et intérêts dus à raison du retard dans le paiement
    d'une obligation de somme d'argent consistent dans l'intérêt au taux légal, à compter de la mise
    en demeure. »

Lecture retenue
    Que les pénalités de L441-10 et l'indemnité de 40 € (D441-5) s'appliquent aux loyers d'un bail
    commercial est discuté [U] : un bail n'est ni une vente ni, pour beaucoup, une prestation de
    services. dossier ne les compte que si le bail stipule un taux de pénalités (`contrat.taux_penalites`) :
    le créancier professionnel et le preneur sont alors traités comme entre professionnels
    (régime professionnel, le taux du bail, l'indemnité selon `indemnite_forfaitaire`). Sans
    stipulation, les loyers suivent le droit commun — l'intérêt au taux légal à compter de la mise
    en demeure (régime civil) —, et un avertissement le dit (INT-15) : c'est une lecture prudente,
    pas une règle tranchée. La juridiction (tribunal judiciaire, COJ R211-3-26, 11°) est choisie
    par `law/procedure/juridiction.py`.

Exemples
    >>> from datetime import date
    >>> from dossier.law.exemples import exemple, facture
    >>> bail = {"type": "bail_commercial", "objet": "Local commercial", "date": "2024-01-01"}
    >>> c = exemple("b2b", factures=[facture("L-1", "2025-09-01", "2025-09-05", "1200.00")], contrat=bail)
    >>> penalites_stipulees(c), [k.code for k in constats(c)]
    (False, ['INT-15'])
    >>> c = exemple("b2b", factures=[facture("L-1", "2025-09-01", "2025-09-05", "1200.00")],
    ...             contrat={**bail, "taux_penalites": "10.00"})
    >>> penalites_stipulees(c), constats(c)
    (True, [])
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.model.claim import Creance

CODE = "INT-15"


def est_un_bail_commercial(creance: Creance) -> bool:
    return creance.contrat is not None and creance.contrat.type == "bail_commercial"


def penalites_stipulees(creance: Creance) -> bool:
    """Not a commercial lease, or one that stipulates a late-payment rate."""
    contrat = creance.contrat
    return not est_un_bail_commercial(creance) or (contrat is not None and contrat.taux_penalites is not None)


def constats(creance: Creance) -> list[Constat]:
    """INT-15 when a business landlord's lease stipulates no penalties: legal interest instead."""
    if (
        penalites_stipulees(creance)
        or not creance.creancier.professionnel
        or creance.debiteur.est_consommateur
    ):
        return []
    return [
        constat(
            CODE,
            "bail commercial sans taux de pénalités stipulé : les pénalités de retard du code de commerce "
            "(L441-10) et l'indemnité de 40 € ne sont pas comptées sur les loyers, leur application à un "
            "bail étant discutée ; les loyers portent intérêt au taux légal à compter de la mise en demeure "
            "(C. civ. 1231-6)",
            ou=creance.position("contrat", "type"),
        )
    ]
