"""The review report of every sample: `rapport.html` self-contained (no script, no image, nothing
fetched, every internal link to an anchor of the page), opened in a real browser (Debian's
chromium, headless: installed by .ci/run and the README), which shows the totals of calcul.json;
`rapport.pdf` saying the same figures, inert (test_golden.py scans every PDF)."""

from __future__ import annotations

import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.golden.echantillons import ECHANTILLONS, Paquet, euros, jour

CHROMIUM = "chromium"
DRAPEAUX = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
)  # fmt: skip


class Page(HTMLParser):
    """Ids, internal links, the amounts of the figures table, and anything that would fetch."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.liens: list[str] = []
        self.montants: dict[str, str] = {}  # row id → data-montant
        self.externes: list[str] = []
        self._rangee: str | None = None

    def handle_starttag(self, balise: str, attributs: list[tuple[str, str | None]]) -> None:
        attrs = dict(attributs)
        if attrs.get("id"):
            self.ids.add(str(attrs["id"]))
        if balise == "tr":
            self._rangee = attrs.get("id")
        if balise == "td" and "data-montant" in attrs and self._rangee:
            self.montants[self._rangee] = str(attrs["data-montant"])
        if balise in ("script", "img", "iframe", "object", "embed", "link", "form", "base"):
            self.externes.append(balise)
        for nom, valeur in attrs.items():
            if nom in ("src", "srcset", "action") or (nom == "href" and not str(valeur).startswith("#")):
                self.externes.append(f"{nom}={valeur}")
            elif nom == "href":
                self.liens.append(str(valeur)[1:])


def lire(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_rapport_autonome_et_ses_liens(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    html = paquet.fichiers["rapport.html"].decode("utf-8")
    page = lire(html)
    assert page.externes == [] and not re.search(r"url\(|@import|https?://", html)
    assert page.liens and set(page.liens) <= page.ids, set(page.liens) - page.ids
    calcul = paquet.calcul
    for cle, ancre in (
        ("total_du", "total-du"),
        ("principal_restant", "principal"),
        ("interets", "interets"),
    ):
        assert page.montants[ancre] == calcul[cle]
    # Every figure of calcul.json has its row; the PDF prints the same totals.
    assert len([a for a in page.montants if a.startswith("periode-")]) == len(calcul["periodes"])
    assert len([a for a in page.montants if a.startswith("lettre-")]) == len(calcul["lettres"])
    texte = paquet.texte("rapport.pdf")
    plan = calcul["plan"]
    if plan is not None and plan["decheance_du_terme"] is None:  # the plan governs: its balance is owed
        assert page.montants["solde-plan"] == plan["solde"]
        assert f"Solde de l'échéancier : ce qui reste dû {euros(Decimal(plan['solde']))}" in texte
        assert f"arrêtée au {jour(plan['arrete_au']):%d/%m/%Y} {euros(Decimal(calcul['total_du']))}" in texte
        assert "Total dû" not in texte
    else:
        assert f"Total dû {euros(Decimal(calcul['total_du']))}" in texte
    assert "Prochaine étape" in texte and "Manifeste" in texte and "Constats" in texte
    for code in {f["code"] for f in calcul["findings"]}:
        assert code in texte, code
    # Each period's published source is written once, under the table, and its row sends to it.
    sources = {p["source"] for p in calcul["periodes"] if not p["fourni_par_utilisateur"]}
    for source in sources:
        echappee = source.replace("'", "&#39;").replace('"', "&#34;")
        # the report's spaces are French typography's (no-break before « : », inside « »)
        assert html.replace("\xa0", " ").count(echappee.replace("\xa0", " ")) == 1, source
    renvois = re.findall(r'<tr id="periode-\d+">.*?<a href="#(source-\d+)">', html)
    assert len(renvois) == len(calcul["periodes"]) and set(renvois) <= page.ids
    # A person reads the report: French dates and amounts, never calcul.json's ISO or decimal point.
    tableau = re.sub(r"<[^>]*>", " ", html[html.index('id="chiffres"') : html.index('id="constats"')])
    iso = r"(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])|\b\d+\.\d{2}\b"  # a file's name keeps its ISO day
    assert not re.search(iso, tableau), tableau


@pytest.fixture(scope="module")
def chromium() -> str:
    chemin = shutil.which(CHROMIUM)
    assert chemin, "chromium manque : apt-get install -y chromium (.ci/run l'installe)"
    return chemin


@pytest.mark.parametrize("echantillon", ["injonction-b2b", "plan-virement"])
def test_rapport_ouvert_dans_un_navigateur(
    paquets: dict[str, Paquet], echantillon: str, chromium: str, tmp_path: Path
) -> None:
    """Chromium opens the file offline and builds its DOM: the totals shown are calcul.json's, every
    internal link goes to an element of the page."""
    paquet = paquets[echantillon]
    rapport = paquet.dossier / "rapport.html"
    commande = [chromium, *DRAPEAUX, f"--user-data-dir={tmp_path / 'profil'}", "--dump-dom", rapport.as_uri()]
    resultat = subprocess.run(commande, capture_output=True, timeout=120, check=False)
    assert resultat.returncode == 0, resultat.stderr.decode("utf-8", "replace")[-2000:]
    dom = resultat.stdout.decode("utf-8")
    assert f"<title>Rapport de relecture — dossier {paquet.claim['reference']}</title>" in dom
    page = lire(dom)
    assert page.liens and set(page.liens) <= page.ids
    assert page.montants["total-du"] == paquet.calcul["total_du"]
    assert re.search(
        rf'data-montant="{paquet.calcul["total_du"]}">{euros(Decimal(paquet.calcul["total_du"]))}<',
        dom.replace("\u202f", " ").replace("\xa0", " ").replace("&nbsp;", " "),
    )


def test_les_jours_a_attendre_s_accordent(paquets: dict[str, Paquet]) -> None:
    """« 21 jours à attendre », not « 21 jour(s) » (found in a lawyer's review of plan-sepa)."""
    html = paquets["plan-sepa"].fichiers["rapport.html"].decode("utf-8")
    assert re.search(r"\b([2-9]|\d\d+)[ \xa0]jours à attendre", html) and "jour(s)" not in html
