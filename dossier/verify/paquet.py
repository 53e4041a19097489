"""A pack received from elsewhere, as `dossier verify` reads it: its files, their hashes against the
manifest, and nothing active in them.

    lire_dossier(dossier) -> (fichiers, autres)     every regular file (relative path → bytes) but the
                                                    `.dossier-sortie` marker; `autres`: what is not a
                                                    regular file (a link, a device), never followed
    verifier_empreintes(manifeste, fichiers)        VERIF-02 listed but missing, VERIF-03 changed
                                                    (size or SHA-256), VERIF-04 present but not listed
    verifier_actifs(fichiers)                       VERIF-06: JavaScript, actions, forms, attachments…
                                                    in a PDF (but the bundle's internal links and its
                                                    two sources, a signature's fields), macros or
                                                    external links in a DOCX
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from pathlib import Path

from dossier.errors import UsageProblem
from dossier.findings import Constat, constat
from dossier.render.readback import elements_actifs
from dossier.verify.manifeste import NOM, Manifeste, empreinte
from dossier.vocabulaire import BUNDLE, CALCUL, CLAIM

MARQUE = ".dossier-sortie"  # output.MARQUE: written by `build` beside the files, not listed
SOURCES = (CLAIM, CALCUL)  # what the bundle embeds (injonction.construction.sources)
_EXTERNE = re.compile(rb'TargetMode="External"')
_ACTIFS_DOCX = ("vbaProject", "activeX", "embeddings/", "oleObject")


def lire_dossier(dossier: Path) -> tuple[dict[str, bytes], list[str]]:
    if not dossier.is_dir():
        raise UsageProblem(
            [
                constat(
                    "VERIF-11",
                    f"{dossier} n'est pas un dossier",
                    que_faire="Donnez le dossier écrit par « dossier build -o DOSSIER » (celui qui contient "
                    "manifest.json).",
                )
            ]
        )
    fichiers, autres = {}, []
    for chemin in sorted(dossier.rglob("*")):
        relatif = chemin.relative_to(dossier).as_posix()
        if chemin.is_symlink() or not (chemin.is_file() or chemin.is_dir()):
            autres.append(relatif)
        elif chemin.is_file() and relatif != MARQUE:
            fichiers[relatif] = chemin.read_bytes()
    return fichiers, autres


def verifier_empreintes(
    manifeste: Manifeste, fichiers: Mapping[str, bytes], autres: list[str]
) -> list[Constat]:
    constats = []
    listes = {f.chemin: f for f in manifeste.fichiers}
    for chemin, entree in listes.items():
        octets = fichiers.get(chemin)
        if octets is None:
            constats.append(
                constat("VERIF-02", f"{chemin} : listé au manifeste ({entree.role}), absent du dossier")
            )
        elif len(octets) != entree.octets or empreinte(octets) != entree.sha256:
            constats.append(
                constat(
                    "VERIF-03",
                    f"{chemin} : modifié depuis sa construction — {len(octets)} octets, SHA-256 "
                    f"{empreinte(octets)[:16]}… ; le manifeste dit {entree.octets} octets, "
                    f"{entree.sha256[:16]}…",
                )
            )
    for chemin in sorted({*fichiers, *autres} - set(listes) - {NOM}):
        quoi = "lien ou fichier spécial" if chemin in autres else "fichier"
        constats.append(
            constat("VERIF-04", f"{chemin} : {quoi} absent du manifeste, ajouté après la construction")
        )
    return constats


def verifier_actifs(fichiers: Mapping[str, bytes]) -> list[Constat]:
    constats = []
    for nom, octets in sorted(fichiers.items()):
        if nom.endswith(".pdf"):
            trouves = elements_actifs(
                octets,
                liens_internes=nom == BUNDLE,
                pieces_jointes=SOURCES if nom == BUNDLE else (),
                signatures=True,
            )
        elif nom.endswith(".docx"):
            trouves = _actifs_docx(octets)
        else:
            continue
        if trouves:
            constats.append(constat("VERIF-06", f"{nom} : contenu actif ({', '.join(trouves[:5])})"))
    return constats


def _actifs_docx(octets: bytes) -> list[str]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(octets))
    except zipfile.BadZipFile:
        return ["pas une archive DOCX lisible"]
    trouves = [n for n in archive.namelist() if any(a in n for a in _ACTIFS_DOCX)]
    trouves += [
        f"{n} : lien externe"
        for n in archive.namelist()
        if n.endswith(".rels") and _EXTERNE.search(archive.read(n))
    ]
    return trouves
