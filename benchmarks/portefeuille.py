"""A portfolio for `dossier batch` and `dossier stats` (issue 17): a generator of varied claims from
the samples, and the issue's ratios measured in one run.

    python benchmarks/portefeuille.py generer DOSSIER [--nombre 200] [--graine 17]
    python benchmarks/portefeuille.py mesurer [--nombre 40] [--frais 6]
    python benchmarks/portefeuille.py memoire [--nombre 24]

`generer` writes DOSSIER/c0001/claim.yaml… from the eight samples in turn: each with its own
reference; for the samples without pièces, amounts scaled (×0.3 to ×3, payments and plan with
them), every date moved by the same 0 to 200 days back, and the letters sent cut to a random
first few (so the stage reached varies); one in fifteen with its invoices six years old
(prescribed); one in twelve made invalid (a missing address, a false SIREN, a negative amount, a
broken YAML). The samples with pièces (injonction-*) are copied with their pièces, their figures
untouched (the pièces state them).

`mesurer` generates `--nombre` claims in a temporary folder and times, on this machine, in one run:
a batch with 1 worker, an unchanged re-run of it, a batch with 2 workers, and `--frais` claims
each built by a fresh `dossier build` process; it samples the worker's resident memory after
its first claim, after the eighth and after the last of the 1-worker batch (between two
claims: the lowest sample while the next one starts), and its peak. The machine is shared and noisy: only the
ratios, measured in the same run, mean something. dossier's modules are compiled to bytecode first,
as `pip install` does (see benchmarks/vitesse.py), so that a fresh process starts as an installed
copy does; `mesurer --sans-bytecode` measures a checkout run with PYTHONDONTWRITEBYTECODE=1.
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


def _lot(source: Path, sortie: Path, travailleurs: int, rss: list[int] | None = None) -> float:
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


def _suivre_memoire(processus: subprocess.Popen[bytes], sortie: Path, rss: list[int]) -> None:
    """rss: the worker's resident memory (kB) between claims once 1 claim is journaled, once `TOUR`
    are (one of each sample: every kind of document met once) and once the last is, then its peak
    (VmHWM). « Between claims »: the lowest sample taken while the journal holds that many claims,
    i.e. while the worker starts the next one; a sample in the middle of a build measures that
    pack's transient size, not what the worker keeps."""
    planchers: dict[int, int] = {}
    pic = 0
    while processus.poll() is None:
        # the workers are the forkserver's children (their command line is the forkserver's own)
        serveurs = [p for p in _descendants(processus.pid) if _est_forkserver(p)]
        travailleurs = [t for serveur in serveurs for t in _descendants(serveur)]
        memoire = max((_rss(p) for p in travailleurs), default=0)
        if memoire:
            pic = max([pic, *(_rss(p, "VmHWM:") for p in travailleurs)])
            faits = _journalises(sortie)
            planchers[faits] = min(planchers.get(faits, memoire), memoire)
        time.sleep(0.05)
    dernier = max((n for n in planchers if n > 0), default=0)
    rss.extend([planchers.get(1, 0), planchers.get(TOUR, 0), planchers.get(dernier, 0), pic, dernier])


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


def _rss(pid: int, champ: str = "VmRSS:") -> int:
    try:
        for ligne in Path(f"/proc/{pid}/status").read_text().splitlines():
            if ligne.startswith(champ):
                return int(ligne.split()[1])
    except OSError:
        pass
    return 0


def _journalises(sortie: Path) -> int:
    try:
        with sqlite3.connect(f"file:{sortie / 'journal.sqlite'}?mode=ro", uri=True) as connexion:
            return int(connexion.execute("SELECT count(*) FROM creances").fetchone()[0])
    except sqlite3.Error:
        return 0


def memoire(nombre: int) -> None:
    """Only the worker's memory, over a 1-worker batch of `nombre` claims."""
    with tempfile.TemporaryDirectory(prefix="portefeuille-") as temporaire:
        racine = Path(temporaire)
        generer(racine / "creances", nombre, 17)
        rss: list[int] = []
        duree = _lot(racine / "creances", racine / "un", 1, rss)
        print(f"lot de {nombre} créances, 1 processus : {duree:.1f} s")
        _dire_memoire(rss)


def _dire_memoire(rss: list[int]) -> None:
    if len(rss) == 5 and all(rss[:4]):
        premiere, tour, fin, pic, dernier = rss
        print(
            f"mémoire du processus de travail entre deux créances : {premiere / 1024:.0f} Mo après la "
            f"1re, {tour / 1024:.0f} Mo après la {TOUR}e (chaque échantillon vu une fois), "
            f"{fin / 1024:.0f} Mo après la {dernier}e → "
            f"{100 * (fin - tour) / tour:+.1f} % depuis la {TOUR}e, "
            f"{100 * (fin - premiere) / premiere:+.1f} % depuis la 1re (cible < 10 %) ; "
            f"pic pendant une construction : {pic / 1024:.0f} Mo"
        )


def mesurer(nombre: int, frais: int) -> None:
    with tempfile.TemporaryDirectory(prefix="portefeuille-") as temporaire:
        racine = Path(temporaire)
        genres = generer(racine / "creances", nombre, 17)
        print(f"{nombre} créances générées : {json.dumps(genres, ensure_ascii=False)}")
        rss: list[int] = []
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
        construits = [ligne for ligne in lignes if ligne["code_sortie"] == 0][:frais]
        chaud = sum(ligne["secondes"] for ligne in construits) / len(construits)
        debut = time.perf_counter()
        for ligne in construits:
            subprocess.run(
                [
                    sys.executable,
                    "-c",
                    LANCER,
                    "build",
                    ligne["claim"],
                    "-o",
                    str(racine / "frais" / ligne["sortie"]),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=True,
            )
        froid = (time.perf_counter() - debut) / len(construits)
        print(
            f"par créance : {chaud:.2f} s dans le lot (chaud) / {froid:.2f} s en « dossier build » neuf "
            f"→ rapport {chaud / froid:.2f} (cible ≤ 0,25), sur {len(construits)} créances"
        )
        print(f"cœurs : {os.cpu_count()} ; charge moyenne : {os.getloadavg()[0]:.1f}")


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
    a = arguments.parse_args()
    if a.commande == "generer":
        print(json.dumps(generer(a.dossier, a.nombre, a.graine), ensure_ascii=False))
    elif a.commande == "memoire":
        memoire(a.nombre)
    else:
        if not a.sans_bytecode:
            compileall.compile_dir(ECHANTILLONS.parent / "dossier", quiet=1)
        print(f"bytecode de dossier compilé d'avance : {'non' if a.sans_bytecode else 'oui'}")
        mesurer(a.nombre, a.frais)


if __name__ == "__main__":
    main()
