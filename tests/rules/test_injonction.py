"""The requête en injonction de payer: its preconditions (CPC 1405 to 1407, docs/decisions.md « Deadlines »),
the stage that drafts it (law/procedure/etapes.py) and the court it is addressed to (CPC 1406,
C. com. L721-3).

Each precondition is broken alone on a claim that otherwise reaches the requête; the table says
which code must appear, blocking when asked for (`--jusqua injonction`), a warning or an info when
reached by the series.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dossier.findings import Severite
from dossier.francais import date_longue
from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.procedure.etapes import Programme, programme
from dossier.law.procedure.juridiction import (
    COMMERCE,
    JUDICIAIRE,
    PROTECTION,
    TAE,
    nom_retenu,
    proposer,
    type_du_nom,
    verifier,
)
from dossier.model.claim import Creance
from dossier.vocabulaire import Etape

JOUR = date(2026, 2, 20)
FACTURES = [{**facture("F-1", "2025-09-01", "2025-10-01", "600.00"), "piece": "pieces/f-1.pdf"}]
CONTRAT = {"type": "prestation", "objet": "Pose", "date": "2025-08-01", "piece": "pieces/devis.pdf"}
MED = {
    "type": "mise_en_demeure",
    "date": "2026-01-05",
    "envoi": "lrar",
    "numero_lrar": "1A123",
    "delai_jours": 8,
    "accuse_reception": {"date": "2026-01-07", "piece": "pieces/ar.pdf"},
}


def creance(profil: str = "b2b", **cles: Any) -> Creance:
    valeurs: dict[str, Any] = {"factures": FACTURES, "contrat": CONTRAT, "courriers": [MED], **cles}
    return exemple(profil, **valeurs)


def prevoir(c: Creance, jour: date = JOUR, jusqua: Etape | None = None) -> Programme:
    return programme(c, jour, lambda d: calculer(c, d), jusqua)


def codes(prevu: Programme) -> list[tuple[str, Severite]]:
    return [(k.code, k.severite) for k in prevu.constats]


def test_toutes_conditions_reunies_la_requete_est_redigee() -> None:
    # the company's legal representative given (CPC 54, 3° b); without it INJ-18 warns)
    prevu = prevoir(creance(creancier={"representant_legal": {"nom": "Claire Durand", "qualite": "Gérante"}}))
    assert prevu.requete is not None
    assert (prevu.requete.etape, prevu.requete.date, prevu.requete.factures) == (
        Etape.INJONCTION,
        JOUR,
        ("F-1",),
    )
    assert codes(prevu) == [("INJ-02", Severite.INFO)]  # only the prescription reminder
    assert [lettre.etape for lettre in prevu.lettres] == [Etape.MISE_EN_DEMEURE]  # the notice's copy


AR_SANS_DATE: dict[str, Any] = {k: v for k, v in MED.items() if k != "accuse_reception"}
CAS = [
    # (what is broken, claim keys, day, code, severity when reached by the series)
    ("sans contrat", {"contrat": None}, JOUR, "INJ-01", Severite.AVERTISSEMENT),
    ("contrat sans pièce", {"contrat": {k: v for k, v in CONTRAT.items() if k != "piece"}}, JOUR, "INJ-01",
     Severite.AVERTISSEMENT),
    ("mise en demeure en lettre simple", {"courriers": [{"type": "mise_en_demeure", "date": "2026-01-05"}]},
     JOUR, "INJ-04", Severite.AVERTISSEMENT),
    ("ni numéro ni accusé", {"courriers": [{k: v for k, v in AR_SANS_DATE.items() if k != "numero_lrar"}]},
     JOUR, "INJ-04", Severite.AVERTISSEMENT),
    ("délai pas expiré", {}, date(2026, 1, 15), "INJ-05", Severite.INFO),
    ("rien d'exigible", {"factures": [facture("F-1", "2025-09-01", "2026-03-01", "600.00")]}, JOUR, "INJ-06",
     Severite.AVERTISSEMENT),
    ("facture sans pièce", {"factures": [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]}, JOUR,
     "INJ-14", Severite.AVERTISSEMENT),
    ("réception sans avis", {"courriers": [{**MED, "accuse_reception": {"date": "2026-01-07"}}]}, JOUR,
     "INJ-15", Severite.AVERTISSEMENT),
]  # fmt: skip


@pytest.mark.parametrize(("cas", "cles", "jour", "code", "severite"), CAS, ids=[c[0] for c in CAS])
def test_une_condition_manque(
    cas: str, cles: dict[str, Any], jour: date, code: str, severite: Severite
) -> None:
    c = creance(**cles)
    par_la_serie = prevoir(c, jour)
    assert par_la_serie.requete is None
    assert (code, severite) in codes(par_la_serie)
    assert all(k.message.startswith("la requête en injonction de payer n'est pas rédigée") for k in
               par_la_serie.constats if k.code == code)  # fmt: skip
    demandee = prevoir(c, jour, Etape.INJONCTION)
    assert demandee.requete is None
    assert (code, Severite.BLOQUANT) in codes(demandee)


def test_sans_mise_en_demeure_seul_jusqua_mene_a_la_requete_et_bloque() -> None:
    c = creance(courriers=[{"type": "relance_1", "date": "2025-12-01"}])
    par_la_serie = prevoir(c)  # the series goes on with the second reminder, not the requête
    assert par_la_serie.requete is None and par_la_serie.lettres[-1].etape is Etape.RELANCE_2
    assert ("INJ-03", Severite.BLOQUANT) in codes(prevoir(c, jusqua=Etape.INJONCTION))


@pytest.mark.parametrize(
    ("courrier", "dernier_jour"),
    [
        (MED, date(2026, 1, 15)),  # receipt on 7 January + 8 days
        (AR_SANS_DATE, date(2026, 1, 13)),  # no receipt: from the letter's date (MED-02 warns)
        ({**MED, "delai_jours": 15}, date(2026, 1, 22)),
    ],
)
def test_le_delai_court_de_la_reception_et_la_requete_est_possible_le_lendemain(
    courrier: dict[str, Any], dernier_jour: date
) -> None:
    c = creance(courriers=[courrier])
    attente = prevoir(c, dernier_jour)
    assert attente.requete is None and [k.code for k in attente.constats] == ["INJ-05"]
    lendemain = date.fromordinal(dernier_jour.toordinal() + 1)
    assert f"à partir du {date_longue(lendemain)}" in attente.constats[0].message
    assert prevoir(c, lendemain).requete is not None


def test_la_derniere_mise_en_demeure_compte() -> None:
    seconde = {
        **MED,
        "date": "2026-02-10",
        "accuse_reception": {"date": "2026-02-12", "piece": "pieces/ar.pdf"},
    }
    c = creance(courriers=[MED, seconde])
    assert [k.code for k in prevoir(c).constats] == ["INJ-05"]  # 12 + 8 = 20 February: not yet passed
    assert prevoir(c, date(2026, 2, 21)).requete is not None


def test_une_facture_pas_encore_echue_est_ecartee_de_la_requete() -> None:
    factures = [*FACTURES, facture("F-2", "2026-02-01", "2026-03-03", "90.00")]
    prevu = prevoir(creance(factures=factures))
    assert prevu.requete is not None and prevu.requete.factures == ("F-1",)
    assert ("INJ-07", Severite.INFO) in codes(prevu)


def test_tout_prescrit_bloque_par_le_calcul_et_la_requete_n_est_pas_redigee() -> None:
    c = creance("consommateur")  # 2 years from 2025-09-01 (C. conso. L218-2)
    calcul = calculer(c, date(2027, 9, 10))
    assert "PRESC-01" in [k.code for k in calcul.constats]
    assert prevoir(c, date(2027, 9, 10)).requete is None


# --- the court ----------------------------------------------------------------------------------

ANNECY = {"ligne1": "12 avenue de Genève", "code_postal": "74000", "ville": "Annecy"}
LYON = {"ligne1": "4 place Bellecour", "code_postal": "69002", "ville": "Lyon"}
VILLEURBANNE = {"ligne1": "7 allée des Tilleuls", "code_postal": "69100", "ville": "Villeurbanne"}
PARIS_15 = {"ligne1": "1 rue de Vaugirard", "code_postal": "75015", "ville": "Paris 15e"}
TABLE = [
    # (profile, debtor address, debtor merchant, day, expected type, expected name)
    ("b2b", ANNECY, True, JOUR, COMMERCE, "Tribunal de commerce compétent pour 74000 Annecy"),
    ("b2b", LYON, True, JOUR, TAE, "Tribunal des activités économiques de Lyon"),
    ("b2b", PARIS_15, True, JOUR, TAE, "Tribunal des activités économiques de Paris"),
    ("b2b", LYON, True, date(2029, 1, 1), COMMERCE, "Tribunal de commerce compétent pour 69002 Lyon"),
    ("b2b", VILLEURBANNE, True, JOUR, COMMERCE, "Tribunal de commerce compétent pour 69100 Villeurbanne"),
    ("b2b", ANNECY, False, JOUR, COMMERCE, "Tribunal de commerce compétent pour 74000 Annecy"),  # SAS
    ("consommateur", LYON, False, JOUR, JUDICIAIRE, "Tribunal judiciaire compétent pour 69002 Lyon"),
    ("bail", LYON, False, JOUR, PROTECTION,
     "Tribunal judiciaire (juge des contentieux de la protection) compétent pour 69002 Lyon"),
]  # fmt: skip


@pytest.mark.parametrize(("profil", "adresse", "commercant", "jour", "type_attendu", "nom"), TABLE)
def test_proposition_de_juridiction(
    profil: str, adresse: dict[str, str], commercant: bool, jour: date, type_attendu: str, nom: str
) -> None:
    debiteur: dict[str, Any] = {"adresse": adresse}
    if profil == "b2b":
        debiteur["commercant"] = commercant
    proposition = proposer(exemple(profil, factures=FACTURES, debiteur=debiteur), jour)
    assert (proposition.type, proposition.nom) == (type_attendu, nom)


ENTREPRISE = {"nom": "Plomberie Roux", "type": "personne_physique", "consommateur": False, "forme": None,
              "commercant": False}  # fmt: skip
ARTISAN_CREANCIER = {"forme": None, "commercant": False}
QUALITES = [
    # (creditor keys, debtor keys, day, expected type) — C. com. L721-3, 1° and L210-1
    ({}, {"forme": "SAS", "commercant": False}, JOUR, COMMERCE),  # commercial by its form
    ({}, {"forme": "S.A.R.L.", "commercant": False}, JOUR, COMMERCE),
    ({}, {"forme": "EURL", "commercant": False}, JOUR, COMMERCE),
    ({}, {"forme": "Société anonyme", "commercant": False}, JOUR, COMMERCE),
    ({}, {"forme": "SCI", "commercant": False}, JOUR, JUDICIAIRE),  # a civil company
    ({}, {"forme": "Association loi 1901", "commercant": False}, JOUR, JUDICIAIRE),
    ({}, {"forme": "SELARL", "commercant": False}, JOUR, JUDICIAIRE),  # liberal profession [U]
    ({}, {**ENTREPRISE, "artisan": True}, JOUR, COMMERCE),  # an artisan and a merchant
    ({}, {**ENTREPRISE, "artisan": False}, JOUR, JUDICIAIRE),
    ({}, {**ENTREPRISE, "artisan": True}, date(2021, 12, 31), JUDICIAIRE),  # before 1 January 2022
    ({**ARTISAN_CREANCIER, "artisan": True}, {**ENTREPRISE, "artisan": True}, JOUR, COMMERCE),
    ({**ARTISAN_CREANCIER, "artisan": False}, {**ENTREPRISE, "artisan": True}, JOUR, JUDICIAIRE),
    ({"forme": "SARL", "commercant": False}, {"forme": "SAS", "commercant": False}, JOUR, COMMERCE),
]  # fmt: skip


@pytest.mark.parametrize(("creancier", "debiteur", "jour", "type_attendu"), QUALITES)
def test_commercant_par_la_forme_et_artisan(
    creancier: dict[str, Any], debiteur: dict[str, Any], jour: date, type_attendu: str
) -> None:
    c = exemple("b2b", factures=FACTURES, creancier=creancier, debiteur={"adresse": ANNECY, **debiteur})
    proposition = proposer(c, jour)
    assert proposition.type == type_attendu
    jur01 = verifier(c, proposition)[0].message
    if debiteur.get("forme") == "SAS":  # the report says why a « commercant: false » SAS is a merchant
        assert "Boulangerie Petit : société commerciale par sa forme (SAS, C. com. L210-1)" in jur01


def test_commune_du_ressort_d_un_tae_signalee() -> None:
    c = exemple("b2b", factures=FACTURES, debiteur={"adresse": VILLEURBANNE})
    constats = verifier(c, proposer(c, JOUR))
    assert [(k.code, k.severite) for k in constats] == [
        ("JUR-01", Severite.INFO),
        ("JUR-02", Severite.BLOQUANT),
    ]
    assert "tribunal des activités économiques de Lyon" in constats[0].message
    assert "réputée non écrite" in constats[0].message  # CPC 1406: a clause naming another court
    # a requête names its court: JUR-02 blocks, says the kind proposed, and never « compétent pour »
    assert (
        "dossier propose un tribunal de commerce, celui dont relève 69100 Villeurbanne" in constats[1].message
    )
    assert '« juridiction: {nom: "Tribunal de commerce de …"} »' in constats[1].que_faire


@pytest.mark.parametrize(
    ("nom", "codes_attendus"),
    [
        ("Tribunal de commerce d'Annecy", ["JUR-01"]),
        ("Tribunal de commerce de Chambéry", ["JUR-01", "JUR-03"]),
        # two merchants before a civil court: L721-3, 1°, d'ordre public (CPC 1406): blocking
        ("Tribunal judiciaire d'Annecy", ["JUR-01", "JUR-05"]),
        ("Tribunal judiciaire de Chambéry", ["JUR-01", "JUR-03", "JUR-05"]),
        ("Tribunal de commerce d'Annecy-le-Vieux", ["JUR-01", "JUR-03"]),  # whole words only
    ],
)
def test_nom_confirme_verifie(nom: str, codes_attendus: list[str]) -> None:
    c = exemple("b2b", factures=FACTURES, debiteur={"adresse": ANNECY}, juridiction={"nom": nom})
    proposition = proposer(c, JOUR)
    constats = verifier(c, proposition)
    assert [k.code for k in constats] == codes_attendus
    assert all(k.bloquant == (k.code == "JUR-05") for k in constats)
    assert nom_retenu(c) == nom


def test_tribunal_de_commerce_pour_un_debiteur_non_commercant_reste_un_avertissement() -> None:
    # a non-merchant creditor may choose the commercial court of a merchant debtor [S]
    c = exemple("civil", factures=FACTURES, debiteur={"adresse": ANNECY},
                juridiction={"nom": "Tribunal de commerce d'Annecy"})  # fmt: skip
    assert proposer(c, JOUR).type == JUDICIAIRE
    assert [(k.code, k.severite) for k in verifier(c, proposer(c, JOUR))] == [
        ("JUR-01", Severite.INFO),
        ("JUR-04", Severite.AVERTISSEMENT),
    ]


@pytest.mark.parametrize(
    ("ville", "nom"),
    [
        ("Paris 15e", "Tribunal des activités économiques de Paris"),
        ("Marseille 8e arrondissement", "Tribunal des activités économiques de Marseille"),
        ("Lyon 3ème", "Tribunal des activités économiques de Lyon"),
        ("Annecy Cedex", "Tribunal de commerce d'Annecy"),
    ],
)
def test_arrondissement_et_cedex_ne_font_pas_de_jur_03(ville: str, nom: str) -> None:
    adresse = {**ANNECY, "ville": ville}
    c = exemple("b2b", factures=FACTURES, debiteur={"adresse": adresse}, juridiction={"nom": nom})
    assert [k.code for k in verifier(c, proposer(c, JOUR))] == ["JUR-01"]


def test_le_juge_des_contentieux_de_la_protection_siege_au_tribunal_judiciaire() -> None:
    c = exemple("bail", factures=FACTURES, juridiction={"nom": "Tribunal judiciaire de Lyon"})
    assert [k.code for k in verifier(c, proposer(c, JOUR))] == ["JUR-01"]
    assert type_du_nom("Juge des contentieux de la protection du tribunal judiciaire de Lyon") == PROTECTION
    assert type_du_nom("Tribunal des activités économiques de Nanterre") == TAE


def test_lignes_du_rapport_quand_la_requete_est_redigee() -> None:
    from dossier.law.parametres.lecture import parametres_officiels
    from dossier.law.procedure.injonction import constats_requete

    # a private landlord: the JCP of the tribunal judiciaire (its identity is a precondition, INJ-11)
    bail = creance("bail")
    codes_bail = [k.code for k in constats_requete(bail, calculer(bail, JOUR), parametres_officiels())]
    assert codes_bail == ["JUR-01", "JUR-02", "INJ-08", "INJ-09", "INJ-10"]
    grosse = creance(factures=[facture("F-1", "2025-09-01", "2025-10-01", "5200.00")])
    codes_b2b = [k.code for k in constats_requete(grosse, calculer(grosse, JOUR), parametres_officiels())]
    assert codes_b2b == ["JUR-01", "JUR-02", "INJ-08", "INJ-09"]  # above the small-claims ceiling


def test_un_artisan_qui_a_agi_en_consommateur_est_incoherent() -> None:
    from dossier.errors import InvalidClaim

    with pytest.raises(InvalidClaim) as refus:
        exemple("consommateur", factures=FACTURES, debiteur={"artisan": True})
    (incoherence,) = refus.value.constats
    assert incoherence.code == "VALEUR-09" and "« artisan: true »" in incoherence.message
    assert str(incoherence.ou).endswith("debiteur.artisan")


def test_petites_creances_montant_a_la_francaise() -> None:
    from decimal import Decimal

    from dossier.law.parametres.lecture import parametres_officiels
    from dossier.law.procedure.injonction import informations

    (inj10,) = [
        k for k in informations(Decimal("1509.06"), JOUR, parametres_officiels()) if k.code == "INJ-10"
    ]
    assert "(1\u202f509,06 €)" in inj10.message and "1509,06" not in inj10.message


# --- after an instalment plan (docs/decisions.md « After a signed plan, the plan governs ») -----------------

PLAN = {
    "date_accord": "2026-01-20",
    "nombre_echeances": 3,
    "premiere_echeance": "2026-02-10",
    "moyen": "cheques",
}
RAPPEL = {"type": "rappel_echeance", "date": "2026-02-16", "accuse_reception": {"date": "2026-02-18"}}
DECHEANCE = {"type": "decheance_du_terme", "date": "2026-03-09", "envoi": "lrar", "numero_lrar": "1A9"}
MED_APRES = {**MED, "date": "2026-03-20", "numero_lrar": "1A10",
             "accuse_reception": {"date": "2026-03-23", "piece": "pieces/ar-2.pdf"}}  # fmt: skip


def test_pas_de_requete_pendant_l_echeancier() -> None:
    prevu = prevoir(creance(plan=PLAN), date(2026, 2, 5), Etape.INJONCTION)
    assert prevu.requete is None
    assert ("INJ-12", Severite.BLOQUANT) in codes(prevu)


def test_apres_la_decheance_une_mise_en_demeure_anterieure_ne_suffit_pas() -> None:
    c = creance(plan=PLAN, courriers=[MED, RAPPEL, DECHEANCE])
    prevu = prevoir(c, date(2026, 4, 10), Etape.INJONCTION)
    assert prevu.requete is None
    (refus,) = [k for k in prevu.constats if k.code == "INJ-03"]
    assert refus.bloquant and "depuis la déchéance du terme notifiée le 9 mars 2026" in refus.message
    # the notice of the balance may be drafted again, though one was sent before the plan
    notice = prevoir(c, date(2026, 3, 25), Etape.MISE_EN_DEMEURE)
    assert [(x.etape, x.envoye is None) for x in notice.lettres][-1] == (Etape.MISE_EN_DEMEURE, True)
    assert not any(k.bloquant for k in notice.constats)


def test_apres_la_decheance_la_mise_en_demeure_du_solde_ouvre_la_requete() -> None:
    c = creance(plan=PLAN, courriers=[MED, RAPPEL, DECHEANCE, MED_APRES])
    assert prevoir(c, date(2026, 3, 31), Etape.INJONCTION).requete is None  # its delay runs to 31 March
    prevu = prevoir(c, date(2026, 4, 1), Etape.INJONCTION)
    assert prevu.requete is not None and not any(k.bloquant for k in prevu.constats)


# --- a natural-person creditor (CPC 54, 3° a), 57) -----------------------------------------------------

IDENTITE = {
    "profession": "Enseignante",
    "nationalite": "française",
    "naissance": {"date": "1970-03-03", "lieu": "Lyon (Rhône)"},
}


def test_requerant_personne_physique_sans_identite_complete() -> None:
    bail = creance("bail", creancier={"profession": "Enseignante"})
    # asked for: blocking, naming what is missing
    prevu = prevoir(bail, jusqua=Etape.INJONCTION)
    (refus,) = [k for k in prevu.constats if k.code == "INJ-11"]
    assert prevu.requete is None and refus.bloquant
    assert "par sa nationalité, sa date et son lieu de naissance" in refus.message
    # reached by the series: the letters are still built, a warning says what the requête lacks
    serie = prevoir(bail)
    assert serie.requete is None and ("INJ-11", Severite.AVERTISSEMENT) in codes(serie)


def test_requerant_personne_physique_identifie() -> None:
    prevu = prevoir(creance("bail", creancier=IDENTITE), jusqua=Etape.INJONCTION)
    assert prevu.requete is not None and "INJ-11" not in [k for k, _ in codes(prevu)]
    # a company needs none of it
    assert prevoir(creance("b2b"), jusqua=Etape.INJONCTION).requete is not None
