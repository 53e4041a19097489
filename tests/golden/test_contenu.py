"""What the sample letters say, read back from their PDFs (docs/droit.md § 2 and § 4; docs/decisions.md
« Amounts in letters »): no fee or penalty for a consumer, the B2B recall then itemisation, the
mentions of a mise en demeure and of a collection agency's letter, the receipt, the copies, no
judicial vocabulary, and a payment QR code that decodes to the claim's account and amount.
"""

from __future__ import annotations

import re
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from dossier.render.readback import normaliser, phrases
from tests.golden.echantillons import (
    ECHANTILLONS,
    Paquet,
    chemin_claim,
    date_longue,
    euros,
    jour,
    lire_tableau,
)
from tests.qr import decoder_page

# CPCE L111-8, al. 2 and 3 (version in force since 19 March 2014), as docs/droit.md § 2 quotes them.
L111_8_AL2 = (
    "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf "
    "s'ils concernent un acte dont l'accomplissement est prescrit par la loi au créancier. Toute "
    "stipulation contraire est réputée non écrite, sauf disposition législative contraire."
)
L111_8_AL3 = (
    "Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour "
    "recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie des frais ainsi "
    "exposés à la charge du débiteur de mauvaise foi."
)
LRAR = "Lettre recommandée avec demande d'avis de réception"
# Words that would present an amicable letter as judicial or threaten (docs/droit.md § 2).
VOCABULAIRE_INTERDIT = (
    "huissier", "saisie", "commissaire de justice", "république française", "contentieux", "poursuites",
    "sommation", "commandement de payer", "procès-verbal",
)  # fmt: skip
# What a consumer's letter never claims, nor even names (CPCE L111-8 al. 2; C. com. L441-10 is B2B).
INTERDIT_AU_CONSOMMATEUR = ("pénalité", "indemnité forfaitaire", "frais de recouvrement")


def _claim(echantillon: str) -> dict[str, Any]:
    donnees: dict[str, Any] = yaml.safe_load(chemin_claim(echantillon).read_text(encoding="utf-8"))
    return donnees


CONSOMMATEURS = [e for e in ECHANTILLONS if _claim(e)["debiteur"].get("consommateur")]
AGENCES = [e for e in ECHANTILLONS if _claim(e).get("mandataire")]
B2B = "b2b-menuiserie"


def test_echantillons_de_chaque_sorte() -> None:
    assert CONSOMMATEURS == ["agence-mandat", "bailleur-loyers", "ecole-ogec", "injonction-ogec", "plan-sepa"]
    assert AGENCES == ["agence-mandat"]
    assert B2B in ECHANTILLONS and B2B not in CONSOMMATEURS


def test_textes_legaux_du_paquet_verbatim() -> None:
    """dossier/law/textes.yaml holds L111-8 al. 2 and 3 word for word."""
    textes = yaml.safe_load(
        resources.files("dossier.law").joinpath("textes.yaml").read_text(encoding="utf-8")
    )
    assert normaliser(textes["l111_8_al2"]["texte"]) == L111_8_AL2
    assert normaliser(textes["l111_8_al3"]["texte"]) == L111_8_AL3


def _lettres(paquet: Paquet) -> list[str]:
    return [lettre["fichier"] for lettre in paquet.lettres()]


# --- consumers: no penalty, no fee ---------------------------------------------------------------


@pytest.mark.parametrize("echantillon", CONSOMMATEURS)
def test_consommateur_ni_penalites_ni_frais(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    for nom in paquet.pdfs:
        texte = paquet.texte(nom)
        if paquet.mandataire and nom in _lettres(paquet):
            # The only place these words may appear: the verbatim L111-8 quotation (R124-4).
            assert f"« {L111_8_AL2} »" in texte and f"« {L111_8_AL3} »" in texte, nom
            texte = texte.replace(L111_8_AL2, "").replace(L111_8_AL3, "")
        for mot in INTERDIT_AU_CONSOMMATEUR:
            assert mot not in texte.casefold(), f"{nom} : « {mot} »"


# --- B2B: recall, then itemise -----------------------------------------------------------------------


def test_b2b_relance_1_rappelle_l441_10_sans_reclamer(paquets: dict[str, Paquet]) -> None:
    texte = paquets[B2B].texte("relance-1.pdf")
    assert "L441-10" in texte
    assert "pénalités de retard" in texte and "40,00 € par facture" in texte
    assert "ne les réclamons pas" in texte
    tableau = lire_tableau(texte)
    assert tableau.libelle_total == "Total restant dû" and tableau.postes == ()
    assert tableau.total == sum((r.reste for r in tableau.rangees), Decimal(0))
    assert "Pénalités de retard (C. com. L441-10)" not in texte
    assert "Indemnités forfaitaires" not in texte


def test_b2b_relance_2_detaille_penalites_et_indemnites(paquets: dict[str, Paquet]) -> None:
    paquet = paquets[B2B]
    texte = paquet.texte("relance-2.pdf")
    tableau = lire_tableau(texte)
    postes = dict(tableau.postes)
    assert postes["Pénalités de retard (C. com. L441-10)"] == Decimal(paquet.calcul["interets"])
    indemnisees = [f for f in paquet.calcul["factures"] if Decimal(f["indemnite"]) > 0]
    assert len(indemnisees) == 2
    assert tableau.multiples == ((2, Decimal("40.00")),)
    assert "Indemnités forfaitaires pour frais de recouvrement (2 × 40,00 €) 80,00 €" in texte
    assert tableau.total == Decimal(paquet.calcul["total_du"])
    assert f"Total dû {euros(paquet.calcul['total_du'])}" in texte


# --- mises en demeure ----------------------------------------------------------------------------------


MISES_EN_DEMEURE = [
    (e, "mise-en-demeure.pdf") for e in ECHANTILLONS if e in ("bailleur-loyers", "ecole-ogec")
]


@pytest.mark.parametrize(("echantillon", "nom"), MISES_EN_DEMEURE)
def test_mise_en_demeure_mentions(paquets: dict[str, Paquet], echantillon: str, nom: str) -> None:
    paquet = paquets[echantillon]
    texte = paquet.texte(nom)
    envoyees = [c for c in paquet.claim.get("courriers") or [] if c["type"] == "mise_en_demeure"]
    options = paquet.claim.get("options") or {}
    delai = envoyees[0]["delai_jours"] if envoyees else options.get("delai_mise_en_demeure_jours", 8)
    assert "mise en demeure" in texte.casefold()
    # a company writes « nous », a private landlord writing herself « je »
    prive = (
        paquet.claim["creancier"]["type"] == "personne_physique"
        and not paquet.claim["creancier"]["professionnel"]
    )
    assert ("je vous mets" if prive else "nous vous mettons") + " en demeure de régler" in texte
    assert f"dans un délai de {delai} jours à compter de la réception" in texte
    assert "titre exécutoire" in texte
    assert LRAR in texte
    # It recalls the letters sent before it, by their dates.
    date_lettre = envoyees[0]["date"] if envoyees else paquet.calcul["date"]
    avant = [
        date_longue(jour(c["date"]))
        for c in sorted(paquet.claim.get("courriers") or [], key=lambda c: c["date"])
        if c["type"] in ("relance_1", "relance_2") and c["date"] <= date_lettre
    ]
    if avant:
        (rappel,) = [p[p.index("Malgré ") :] for p in phrases(texte) if "Malgré " in p]
        notre, nos = ("mon", "mes") if prive else ("notre", "nos")
        assert rappel.startswith(f"Malgré {notre} courrier" if len(avant) == 1 else f"Malgré {nos} courriers")
        positions = [rappel.index(f"du {d}") for d in avant]
        assert positions == sorted(positions), rappel


# --- collection agency (CPCE R124-4, R124-6) -----------------------------------------------------------


def _adresse(adresse: dict[str, str]) -> str:
    morceaux = [adresse["ligne1"], adresse.get("ligne2"), f"{adresse['code_postal']} {adresse['ville']}"]
    return ", ".join(m for m in morceaux if m)


@pytest.mark.parametrize("echantillon", AGENCES)
def test_agence_mentions_obligatoires(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    agence, creancier, contrat = paquet.mandataire, paquet.claim["creancier"], paquet.claim["contrat"]
    assert agence is not None
    for nom in _lettres(paquet):
        texte = paquet.texte(nom)
        assert f"{agence['nom']}, qui exerce une activité de recouvrement amiable" in texte, nom
        assert agence["siren"] in texte and _adresse(agence["adresse"]) in texte, nom
        assert f"{creancier['nom']}, {_adresse(creancier['adresse'])}" in texte, nom
        assert f"au titre du contrat du {date_longue(jour(contrat['date']))}" in texte, nom
        assert f"« {L111_8_AL2} »" in texte and f"« {L111_8_AL3} »" in texte, nom
        # The amount split into principal, interest and other accessories.
        libelles = [libelle for libelle, _ in lire_tableau(texte).postes]
        assert libelles[0] == "Principal restant dû" and any(x.startswith("Intérêts") for x in libelles), nom


@pytest.mark.parametrize("echantillon", AGENCES)
def test_agence_rappelle_la_premiere_lettre(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    premiere = sorted(paquet.claim["courriers"], key=lambda c: c["date"])[0]
    suivantes = _lettres(paquet)[1:]
    assert suivantes, "l'échantillon doit contenir une lettre après la première"
    for nom in suivantes:
        # One sentence names the first letter by its reference and its date (R124-4).
        rappels = [p for p in phrases(paquet.texte(nom)) if premiere["reference"] in p]
        assert any(date_longue(jour(premiere["date"])) in p for p in rappels), (nom, rappels)


@pytest.mark.parametrize("echantillon", AGENCES)
def test_quittance_de_chaque_paiement_recu(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    recus = [p for p in paquet.claim["paiements"] if p.get("recu_par") == "mandataire"]
    quittances = sorted(nom for nom in paquet.pdfs if nom.startswith("quittance-"))
    assert len(quittances) == len(recus) > 0
    for rang, (paiement, nom) in enumerate(zip(recus, quittances, strict=True), start=1):
        assert nom == f"quittance-{paiement['date']}-{rang}.pdf"
        texte = paquet.texte(nom)
        factures = sum((Decimal(f["montant_ttc"]) for f in paquet.claim["factures"]), Decimal(0))
        payes = sum(
            (Decimal(p["montant"]) for p in paquet.claim["paiements"] if p["date"] <= paiement["date"]),
            Decimal(0),
        )
        assert f"la somme de {euros(paiement['montant'])}, le {date_longue(jour(paiement['date']))}" in texte
        assert f"il reste dû en principal la somme de {euros(factures - payes)}" in texte
        assert "R124-6" in texte and paquet.claim["debiteur"]["nom"] in texte


@pytest.mark.parametrize("echantillon", AGENCES)
def test_quittance_reproduite_bien_ecrite(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    edition = date_longue(jour(paquet.calcul["date"]))
    for paiement in paquet.claim["paiements"]:
        if paiement.get("recu_par") == "mandataire" and paiement["date"] < paquet.calcul["date"]:
            (nom,) = [n for n in paquet.pdfs if n.startswith(f"quittance-{paiement['date']}-")]
            texte = paquet.texte(nom)
            assert "datée daté" not in texte
            assert (
                f"Reproduction de la quittance datée du {date_longue(jour(paiement['date']))}, "
                f"établie le {edition}." in texte
            )


# --- copies, vocabulary ---------------------------------------------------------------------------------


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_copie_dit_reproduction(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    edition = date_longue(jour(paquet.calcul["date"]))
    for lettre in paquet.lettres():
        pages = [normaliser(page) for page in paquet.pages(lettre["fichier"])]
        if lettre["copie"]:
            (envoi,) = {
                c.get("envoi", "courrier")
                for c in paquet.claim["courriers"]
                if c["type"] == lettre["etape"] and c["date"] == lettre["date"]
            }
            # an email is reproduced as the email it was, never as a postal letter
            nom = "courriel" if envoi == "email" else "courrier"
            envoye = date_longue(jour(lettre["date"]))
            mention = f"Reproduction du {nom} daté du {envoye}, établie le {edition}."
            assert all(mention in page for page in pages), lettre
            assert ("Envoyé par courriel" in pages[0]) == (envoi == "email"), lettre
        else:
            assert not any("Reproduction" in page for page in pages), lettre


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_aucun_vocabulaire_judiciaire_ni_menace(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    trouves = [
        (nom, mot)
        for nom in paquet.pdfs
        for mot in VOCABULAIRE_INTERDIT
        if mot in paquet.texte(nom).casefold()
    ]
    assert trouves == []


# --- payment QR code -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("echantillon", "nom"), [(B2B, "relance-2.pdf"), ("agence-mandat", "relance-1.pdf")])
def test_qr_de_paiement(paquets: dict[str, Paquet], echantillon: str, nom: str, tmp_path: Path) -> None:
    paquet = paquets[echantillon]
    (page,) = [i for i, texte in enumerate(paquet.pages(nom), start=1) if "scannez ce code" in texte]
    charge = decoder_page(paquet.fichiers[nom], page, tmp_path)
    titulaire = paquet.mandataire or paquet.claim["creancier"]
    banque = titulaire["banque"]
    texte = paquet.texte(nom)
    total = lire_tableau(texte).total
    (reference,) = re.findall(r"Notre référence : (\S+)", texte)
    assert charge[:4] == ["BCD", "002", "1", "SCT"]
    assert charge[4] == banque["bic"]
    assert charge[5] == banque.get("titulaire", titulaire["nom"])
    assert charge[6] == banque["iban"].replace(" ", "")
    assert charge[7] == f"EUR{total:.2f}"
    remise = charge[-1]
    assert paquet.claim["reference"] in remise and reference in remise
    (lettre,) = [lettre for lettre in paquet.lettres() if lettre["fichier"] == nom]
    if not lettre["copie"]:
        assert total == Decimal(paquet.calcul["total_du"])
