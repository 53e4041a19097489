"""A portfolio for `dossier batch` and `dossier stats` (issue 17): a generator of varied claims from
the samples, and the issue's ratios measured in one run.

    python benchmarks/portefeuille.py generer DOSSIER [--nombre 200] [--graine 17]
    python benchmarks/portefeuille.py mesurer [--nombre 40] [--frais 6]
    python benchmarks/portefeuille.py memoire [--nombre 24] [--courbe FICHIER.json]

`generer` writes DOSSIER/c0001/claim.yaml… from the eight samples in turn: each with its own
reference; for the samples without pièces, amounts scaled (×0.3 to ×3, payments and plan with
them), every date moved by the same 0 to 200 days back, and the letters sent cut to a random
first few (so the stage reached varies); one in fifteen with its invoices six years old
(prescribed); one in twelve made invalid (a missing address, a false SIREN, a negative amount, a
broken YAML). The samples with pièces (injonction-*) are copied with their pièces, their figures
untouched (the pièces state them).

`mesurer` generates `--nombre` claims in a temporary folder and times, on this machine, in one run:
a batch with 1 worker, an unchanged re-run of it, a batch with 2 workers, and twice `--frais`
claims each built by a fresh `dossier build` process, compared with their own time in the batch:
the first ones built (the worker's very first claim among them, which loads the fonts, the
stylesheets and what only some packs need: cold, not warm), then the first ones built after the
`TOUR`th claim (every sample met once: the worker is warm). It samples the worker's resident memory
between claims (the lowest reading while the next one starts) and reports it after the 1st claim,
the 8th, every 50th and the last, each as the median of the readings of the five claims that end
there, and its peak. The machine is shared and noisy: only the ratios, measured in the same run,
mean something. dossier's modules are compiled to bytecode first, as `pip install` does (see
benchmarks/vitesse.py), so that a fresh process starts as an installed copy does; `mesurer
--sans-bytecode` measures a checkout run with PYTHONDONTWRITEBYTECODE=1.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

ECHANTILLONS = Path(__file__).resolve().parent.parent / "samples"
JOUR_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTANTS = ("montant_ttc", "montant", "montant_echeance", "acompte")
LANCER = "from dossier.cli.main import main; main()"
TOUR = 8  # the samples: one claim of each
JALON = 50  # the memory curve: every 50th claim
PIC = -1  # the key of the peak among the claims' counts
FENETRE = 5  # the memory after the n-th claim: the median of the readings of claims n-4..n
PERIODE = 0.01  # seconds between two readings of the worker's memory


def generer(dossier: Path, nombre: int, graine: int) -> dict[str, int]:
    """Write `nombre` claims under `dossier`; returns how many of each kind were made."""
    hasard = random.Random(graine)
    sources = sorted(p.parent for p in ECHANTILLONS.glob("*/claim.yaml"))
    genres: dict[str, int] = {}
    for rang in range(1, nombre + 1):
        source = sources[(rang - 1) % len(sources)]
        cible = dossier / f"c{rang:04d}"
        cible.mkdir(parents=True)
        donnees = yaml.safe_load((source / "claim.yaml").read_text(encoding="utf-8"))
        donnees["reference"] = f"PF-{rang:04d}"
        if (source / "pieces").is_dir():
            shutil.copytree(source / "pieces", cible / "pieces")
            genre = "avec pièces"
        else:
            genre = _varier(donnees, hasard, prescrite=rang % 15 == 0)
        if rang % 12 == 0:
            texte, genre = _casser(donnees, hasard)
        else:
            texte = yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False)
        (cible / "claim.yaml").write_text(texte, encoding="utf-8")
        genres[genre] = genres.get(genre, 0) + 1
    return genres


def _varier(donnees: dict[str, Any], hasard: random.Random, prescrite: bool) -> str:
    facteur = Decimal(hasard.randint(30, 300)) / 100
    _parcourir(donnees, lambda cle, v: _echelle(v, facteur) if cle in MONTANTS else v)
    recul = timedelta(days=hasard.randint(0, 200))
    _parcourir(donnees, lambda _cle, v: _reculer(v, recul))
    if donnees.get("plan") is None and donnees.get("courriers"):
        donnees["courriers"] = donnees["courriers"][: hasard.randint(0, len(donnees["courriers"]))]
    if prescrite:
        six_ans = timedelta(days=6 * 365 + 2)
        for cle in ("factures", "paiements", "courriers", "echanges"):
            for element in donnees.get(cle) or ():
                _parcourir(element, lambda _cle, v: _reculer(v, six_ans))
        if donnees.get("contrat"):
            donnees["contrat"]["date"] = _reculer(donnees["contrat"]["date"], six_ans)
        return "prescrite"
    return "variée"


def _casser(donnees: dict[str, Any], hasard: random.Random) -> tuple[str, str]:
    """The claim as text, made invalid one of four ways."""
    choix = hasard.randrange(4)
    if choix == 0:
        donnees["debiteur"].pop("adresse", None)
        genre = "invalide (adresse manquante)"
    elif choix == 1:
        donnees["creancier"]["siren"] = "123456789"  # its check digit is false
        genre = "invalide (SIREN faux)"
    elif choix == 2:
        donnees["factures"][0]["montant_ttc"] = "-5.00"
        genre = "invalide (montant)"
    texte = yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False)
    if choix == 3:
        return texte.replace("debiteur:\n", "debiteur:\n nom: [\n", 1), "invalide (YAML)"
    return texte, genre


def _parcourir(valeur: Any, changer: Any, cle: str = "") -> Any:
    if isinstance(valeur, dict):
        for k in list(valeur):
            valeur[k] = _parcourir(valeur[k], changer, k)
        return valeur
    if isinstance(valeur, list):
        return [_parcourir(v, changer, cle) for v in valeur]
    return changer(cle, valeur)


def _echelle(valeur: Any, facteur: Decimal) -> Any:
    if not isinstance(valeur, str | int | float):
        return valeur
    return str((Decimal(str(valeur)) * facteur).quantize(Decimal("0.01")))


def _reculer(valeur: Any, recul: timedelta) -> Any:
    if isinstance(valeur, date):
        return (valeur - recul).isoformat()
    if isinstance(valeur, str) and JOUR_ISO.match(valeur):
        return (date.fromisoformat(valeur) - recul).isoformat()
    return valeur


def _lot(source: Path, sortie: Path, travailleurs: int, rss: dict[int, int] | None = None) -> float:
    """Seconds taken by `dossier batch` (a fresh process); `rss`: the worker's memory, as
    `_suivre_memoire` fills it."""
    commande = [
        sys.executable,
        "-c",
        LANCER,
        "batch",
        str(source),
        "-o",
        str(sortie),
        "--workers",
        str(travailleurs),
    ]
    debut = time.perf_counter()
    processus = subprocess.Popen(commande, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    suivi = threading.Thread(target=_suivre_memoire, args=(processus, sortie, rss), daemon=True)
    if rss is not None:
        suivi.start()
    processus.wait()
    duree = time.perf_counter() - debut
    if rss is not None:
        suivi.join()
    return duree


def _suivre_memoire(processus: subprocess.Popen[bytes], sortie: Path, rss: dict[int, int]) -> None:
    """rss: the worker's resident memory (kB) between claims, by the number of claims journaled,
    and its peak (VmHWM) under the key `PIC`. « Between claims »: the lowest sample taken while the
    journal holds that many claims, i.e. while the worker collects, trims its heap and starts the
    next one; a sample in the middle of a build measures that pack's transient size, not what the
    worker keeps. The worker is found once and then read every `PERIODE` seconds: the window
    after its `malloc_trim` can be a few milliseconds (before an invalid claim, refused at once)."""
    pic = 0
    travailleurs: list[int] = []
    while processus.poll() is None:
        if not travailleurs:
            # the workers are the forkserver's children (their command line is the forkserver's own)
            serveurs = [p for p in _descendants(processus.pid) if _est_forkserver(p)]
            travailleurs = [t for serveur in serveurs for t in _descendants(serveur)]
        lus = [_rss(p) for p in travailleurs]
        if not lus or not all(lu[0] for lu in lus):  # not started yet, or a worker replaced
            travailleurs = []
            time.sleep(PERIODE)
            continue
        memoire = max(lu[0] for lu in lus)
        pic = max([pic, *(lu[1] for lu in lus)])
        faits = _journalises(sortie)
        if faits > 0:
            rss[faits] = min(rss.get(faits, memoire), memoire)
        time.sleep(PERIODE)
    rss[PIC] = pic


def _descendants(racine: int) -> list[int]:
    enfants: dict[int, list[int]] = {}
    for entree in Path("/proc").iterdir():
        if entree.name.isdigit():
            try:
                parent = int((entree / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            enfants.setdefault(parent, []).append(int(entree.name))
    trouves, a_voir = [], [racine]
    while a_voir:
        for enfant in enfants.get(a_voir.pop(), []):
            trouves.append(enfant)
            a_voir.append(enfant)
    return trouves


def _est_forkserver(pid: int) -> bool:
    try:
        return "forkserver" in Path(f"/proc/{pid}/cmdline").read_text()
    except OSError:
        return False


def _rss(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of `pid` in kB; zeros once it is gone."""
    lu = {"VmRSS:": 0, "VmHWM:": 0}
    try:
        for ligne in Path(f"/proc/{pid}/status").read_text().splitlines():
            champ = ligne.split(":", 1)[0] + ":"
            if champ in lu:
                lu[champ] = int(ligne.split()[1])
    except OSError:
        pass
    return lu["VmRSS:"], lu["VmHWM:"]


def _journalises(sortie: Path) -> int:
    try:
        with sqlite3.connect(f"file:{sortie / 'journal.sqlite'}?mode=ro", uri=True) as connexion:
            return int(connexion.execute("SELECT count(*) FROM creances").fetchone()[0])
    except sqlite3.Error:
        return 0


def memoire(nombre: int, courbe: Path | None) -> None:
    """Only the worker's memory, over a 1-worker batch of `nombre` claims; `courbe`: every claim's
    figure written there too, as JSON (claims journaled → kB)."""
    with tempfile.TemporaryDirectory(prefix="portefeuille-") as temporaire:
        racine = Path(temporaire)
        generer(racine / "creances", nombre, 17)
        rss: dict[int, int] = {}
        duree = _lot(racine / "creances", racine / "un", 1, rss)
        print(f"lot de {nombre} créances, 1 processus : {duree:.1f} s")
        if courbe is not None:
            courbe.write_text(json.dumps(rss, sort_keys=True), encoding="utf-8")
        _dire_memoire(rss)


def _dire_memoire(rss: dict[int, int]) -> None:
    """The worker's memory after the 1st claim, the `TOUR`th (every sample met once), every
    `JALON`th and the last; the growth from the `TOUR`th and from the 1st. Each figure is the
    median of the between-claims readings of the `FENETRE` claims that end there: a reading is
    too high, never too low, when the window after `malloc_trim` closed before the sampler came
    by (the next claim refused in a few milliseconds; after the last claim, the worker exits),
    and memory that stays is in the median of five."""
    pic = rss.pop(PIC, 0)
    if 1 not in rss or max(rss) < TOUR:
        print("mémoire du processus de travail : trop peu de relevés")
        return
    dernier = max(rss)

    def apres(n: int) -> float:
        if n == 1:
            return rss[1]
        fenetre = [rss[k] for k in range(n - FENETRE + 1, n + 1) if k in rss]
        return statistics.median(fenetre or [rss[max(k for k in rss if k <= n)]])

    jalons = [1, TOUR, *range(JALON, dernier, JALON), dernier]
    courbe = ", ".join(f"{n} : {apres(n) / 1024:.0f}" for n in jalons)
    premiere, tour, fin = apres(1), apres(TOUR), apres(dernier)
    print(
        f"mémoire du processus de travail entre deux créances (Mo, après la n-ième ; médiane des "
        f"{FENETRE} relevés qui y finissent) : {courbe} → {100 * (fin - tour) / tour:+.1f} % depuis "
        f"la {TOUR}e (chaque échantillon vu une fois), {100 * (fin - premiere) / premiere:+.1f} % "
        f"depuis la 1re (cible < 10 %) ; relevé brut après la dernière : {rss[dernier] / 1024:.0f} Mo ; "
        f"pic pendant une construction : {pic / 1024:.0f} Mo"
    )


def mesurer(nombre: int, frais: int) -> None:
    with tempfile.TemporaryDirectory(prefix="portefeuille-") as temporaire:
        racine = Path(temporaire)
        genres = generer(racine / "creances", nombre, 17)
        print(f"{nombre} créances générées : {json.dumps(genres, ensure_ascii=False)}")
        rss: dict[int, int] = {}
        un = _lot(racine / "creances", racine / "un", 1, rss)
        lignes = json.loads((racine / "un" / "results.json").read_text(encoding="utf-8"))
        statuts: dict[str, int] = {}
        for ligne in lignes:
            statuts[ligne["statut"]] = statuts.get(ligne["statut"], 0) + 1
        print(f"lot, 1 processus : {un:.1f} s ; statuts : {json.dumps(statuts, ensure_ascii=False)}")
        reprise = _lot(racine / "creances", racine / "un", 1)
        print(f"relance inchangée : {reprise:.1f} s → rapport {reprise / un:.3f} (cible ≤ 0,05)")
        deux = _lot(racine / "creances", racine / "deux", 2)
        print(f"lot, 2 processus : {deux:.1f} s → accélération {un / deux:.2f}× (cible ≥ 1,8×)")
        _dire_memoire(rss)
        construits = [ligne for ligne in lignes if ligne["code_sortie"] == 0]
        choix = {
            "les premières construites (dont la 1re du processus, à froid)": construits[:frais],
            f"les premières construites après la {TOUR}e (chaque échantillon déjà vu)": [
                ligne for ligne in construits if _rang(ligne) > TOUR
            ][:frais],
        }
        for numero, (quelles, selection) in enumerate(choix.items()):
            chaud, froid = _chaud_et_froid(selection, racine / f"frais-{numero}")
            detail = ", ".join(
                f"{_echantillon(_rang(ligne))} {ligne['secondes']:.2f}/{neuf:.2f}"
                for ligne, neuf in zip(selection, froid, strict=True)
            )
            print(
                f"par créance, {quelles} : {statistics.mean(c['secondes'] for c in selection):.2f} s dans "
                f"le lot (chaud) / {statistics.mean(froid):.2f} s en « dossier build » neuf → rapport "
                f"{chaud:.2f} (cible ≤ 0,25), sur {len(selection)} créances ({detail})"
            )
        print(f"cœurs : {os.cpu_count()} ; charge moyenne : {os.getloadavg()[0]:.1f}")


def _rang(ligne: dict[str, Any]) -> int:
    """The claim's rank in the generated portfolio (its folder is c0001, c0002…)."""
    return int(Path(ligne["claim"]).parent.name[1:])


def _echantillon(rang: int) -> str:
    """The sample the generator made claim `rang` from (it takes them in turn)."""
    return sorted(p.parent.name for p in ECHANTILLONS.glob("*/claim.yaml"))[(rang - 1) % TOUR]


def _chaud_et_froid(lignes: list[dict[str, Any]], dossier: Path) -> tuple[float, list[float]]:
    """(warm / fresh ratio of the means, each claim's seconds in a fresh `dossier build` process)."""
    froid = []
    for ligne in lignes:
        debut = time.perf_counter()
        subprocess.run(
            [sys.executable, "-c", LANCER, "build", ligne["claim"], "-o", str(dossier / ligne["sortie"])],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        froid.append(time.perf_counter() - debut)
    return statistics.mean(ligne["secondes"] for ligne in lignes) / statistics.mean(froid), froid


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commandes = arguments.add_subparsers(dest="commande", required=True)
    g = commandes.add_parser("generer")
    g.add_argument("dossier", type=Path)
    g.add_argument("--nombre", type=int, default=200)
    g.add_argument("--graine", type=int, default=17)
    m = commandes.add_parser("mesurer")
    m.add_argument("--nombre", type=int, default=40)
    m.add_argument("--frais", type=int, default=6)
    m.add_argument("--sans-bytecode", action="store_true", help="sans compiler dossier d'abord")
    r = commandes.add_parser("memoire")
    r.add_argument("--nombre", type=int, default=24)
    r.add_argument("--courbe", type=Path, help="écrire ici la mémoire après chaque créance (JSON)")
    a = arguments.parse_args()
    if a.commande == "generer":
        print(json.dumps(generer(a.dossier, a.nombre, a.graine), ensure_ascii=False))
    elif a.commande == "memoire":
        memoire(a.nombre, a.courbe)
    else:
        if not a.sans_bytecode:
            compileall.compile_dir(ECHANTILLONS.parent / "dossier", quiet=1)
        print(f"bytecode de dossier compilé d'avance : {'non' if a.sans_bytecode else 'oui'}")
        mesurer(a.nombre, a.frais)


if __name__ == "__main__":
    main()
