"""A letter through dossier / the common alternative, docxtpl + LibreOffice headless (issue 17):
measured side by side, in one run, on the same letter.

    python benchmarks/libreoffice.py [--echantillon b2b-menuiserie] [--repetitions 5]

The letter is the first of the sample's pack (`pipeline.documents`), laid out once. Per letter:
- dossier, warm (as in a batch worker): `render.pdf.rendre_pdf`, the letter's PDF/A-3b (HTML from
  the letter's template, WeasyPrint, fonts embedded); then the same plus its DOCX twin
  (`render.word.rendre_docx`), which a pack always writes beside it;
- the alternative: the letter's DOCX rendered by docxtpl from the same values and the project's own
  DOCX template (`render.word.rendre_docx`: so the content is the same), written to disk, then
  `soffice --headless --convert-to pdf` run once per letter, as a script converting one DOCX per
  letter does; for reference, one `soffice` converting all the repetitions' DOCX at once (its
  start-up shared). LibreOffice (Debian `libreoffice-writer-nogui`) is needed for this benchmark
  only; its profile is made by a first, untimed conversion.
- for reference, dossier's whole warm `pipeline.build` of the sample divided by its documents
  (the law computed, every letter as PDF and DOCX, read back by the tone linter and against
  calcul.json, the review report): more work than either of the above.

The machine is shared and noisy: only the ratios, measured in the same run, mean something.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from build_lettres import mediane  # the script's folder is on sys.path: `python benchmarks/…`

from dossier.model import charger
from dossier.pipeline import Options, analyser, build, documents
from dossier.render.pdf import rendre_pdf
from dossier.render.readback import normaliser, texte_pdf
from dossier.render.word import rendre_docx

ECHANTILLONS = Path(__file__).resolve().parent.parent / "samples"


def _soffice() -> str:
    chemin = shutil.which("soffice") or shutil.which("libreoffice")
    if chemin is None:
        sys.exit("LibreOffice absent : apt-get install --no-install-recommends libreoffice-writer-nogui")
    return chemin


def _convertir(soffice: str, profil: Path, docx: list[Path], sortie: Path) -> None:
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profil.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(sortie),
            *map(str, docx),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for fichier in docx:
        if not (sortie / f"{fichier.stem}.pdf").is_file():
            sys.exit(f"LibreOffice n'a pas converti {fichier.name}")


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--echantillon", default="b2b-menuiserie")
    arguments.add_argument("--repetitions", type=int, default=5)
    a = arguments.parse_args()
    soffice = _soffice()
    creance = charger(ECHANTILLONS / a.echantillon / "claim.yaml")
    assert creance.date_edition is not None, "samples fix their « as of » day"
    nom, lettre = documents(analyser(creance, Options(jour=creance.date_edition)))[0]
    rendre_pdf(lettre)  # warm-up: fonts and CSS, once per process (as a batch worker)
    rendre_docx(lettre)
    pdf = mediane(lambda: rendre_pdf(lettre), a.repetitions)
    pdf_docx = mediane(lambda: (rendre_pdf(lettre), rendre_docx(lettre)), a.repetitions)
    options = Options(jour=creance.date_edition)
    nombre = len(documents(analyser(creance, options)))
    complet = mediane(lambda: build(creance, options), a.repetitions) / nombre

    with tempfile.TemporaryDirectory(prefix="libreoffice-") as temporaire:
        racine = Path(temporaire)
        profil, sortie = racine / "profil", racine / "pdf"
        sortie.mkdir()
        essai = racine / "essai.docx"
        essai.write_bytes(rendre_docx(lettre))
        _convertir(soffice, profil, [essai], sortie)  # untimed: LibreOffice makes its profile
        fichiers: list[Path] = []

        def alternative() -> None:
            fichier = racine / f"{nom}-{len(fichiers)}.docx"
            fichier.write_bytes(rendre_docx(lettre))
            _convertir(soffice, profil, [fichier], sortie)
            fichiers.append(fichier)

        par_lettre = mediane(alternative, a.repetitions)
        debut = time.perf_counter()
        _convertir(soffice, profil, fichiers, sortie)
        groupe = (time.perf_counter() - debut) / len(fichiers)
        converti = (sortie / f"{fichiers[0].stem}.pdf").read_bytes()
        # the same letter: every line of dossier's PDF is in LibreOffice's (words, not layout)
        mots_lo = set(normaliser(" ".join(texte_pdf(converti))).split())
        mots = set(normaliser(" ".join(texte_pdf(rendre_pdf(lettre)))).split())
        manquants = sorted(mots - mots_lo)

    print(f"lettre : {a.echantillon}/{nom} ; médianes sur {a.repetitions} répétitions")
    print(f"dossier, PDF seul (chaud)            : {pdf:.3f} s ({len(rendre_pdf(lettre))} octets)")
    print(f"dossier, PDF + DOCX (chaud)          : {pdf_docx:.3f} s")
    print(f"dossier, build complet (chaud)       : {complet:.3f} s par document ({nombre} documents)")
    print(f"docxtpl + soffice, une lettre        : {par_lettre:.3f} s ({len(converti)} octets)")
    print(f"  mots du PDF de dossier absents de celui de LibreOffice : {len(manquants)} {manquants[:8]}")
    print(f"  (soffice sur {len(fichiers)} DOCX à la fois : {groupe:.3f} s par lettre, sans docxtpl)")
    print(f"rapport PDF / alternative            : {pdf / par_lettre:.3f} (cible ≤ 0,2)")
    print(f"rapport PDF + DOCX / alternative     : {pdf_docx / par_lettre:.3f}")
    print(f"rapport build complet / alternative  : {complet / par_lettre:.3f}")
    print(f"rapport PDF / soffice groupé         : {pdf / groupe:.3f}")
    print(f"cœurs : {os.cpu_count()} ; charge moyenne : {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
