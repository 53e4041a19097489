"""`dossier verify` on a pack whose échéancier the creditor signed (PAdES): the signature is
intact and valid (an information: its certificate is not judged without a trust root, exit 0);
anything appended to the file after signing fails, naming the file and the field, even when the
manifest is rewritten to the new hash."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText

from dossier.assemble.signature import CHAMP_CREANCIER
from dossier.cli import communs
from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from tests.signature.certificats import MOT_DE_PASSE

RACINE = Path(__file__).resolve().parents[2]


def test_signature_verifiee_puis_modification_apres_signature(cle_p12: Path, tmp_path: Path) -> None:
    claim = RACINE / "samples" / "plan-sepa" / "claim.yaml"
    sortie = tmp_path / "signe"
    env = {"DOSSIER_PARAMETRES": None, communs.VARIABLE_MOT_DE_PASSE: MOT_DE_PASSE}
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie), "--no-docx", "--sign", str(cle_p12)], env=env
    )
    assert resultat.exit_code == ExitCode.OK, resultat.output

    verifie = CliRunner().invoke(cli, ["verify", str(sortie)])
    assert verifie.exit_code == ExitCode.OK, verifie.output
    assert (
        "VERIF-09" in verifie.stdout and f"echeancier.pdf, signature « {CHAMP_CREANCIER} »" in verifie.stdout
    )
    assert "1 signature(s)" in verifie.stdout

    # An annotation appended as an incremental update: the signed bytes are intact, but the file
    # says more than what was signed. The manifest is rewritten to the new hash.
    echeancier = sortie / "echeancier.pdf"
    ecrivain = PdfWriter(PdfReader(io.BytesIO(echeancier.read_bytes())), incremental=True)
    ecrivain.add_annotation(0, FreeText(text="Montant réduit à 100 €", rect=(50, 50, 300, 100)))
    ajoute = io.BytesIO()
    ecrivain.write(ajoute)
    assert ajoute.getvalue().startswith(echeancier.read_bytes())
    echeancier.write_bytes(ajoute.getvalue())
    manifeste = json.loads((sortie / "manifest.json").read_bytes())
    for entree in manifeste["fichiers"]:
        if entree["chemin"] == "echeancier.pdf":
            entree.update(octets=len(ajoute.getvalue()), sha256=hashlib.sha256(ajoute.getvalue()).hexdigest())
    (sortie / "manifest.json").write_text(json.dumps(manifeste), encoding="utf-8")

    verifie = CliRunner().invoke(cli, ["verify", str(sortie)])
    assert verifie.exit_code == ExitCode.BLOCKING_FINDING, verifie.output
    assert "VERIF-05" in verifie.stdout
    assert "echeancier.pdf, signature" in verifie.stdout and "modifié après la signature" in verifie.stdout
    assert "VERIF-03" not in verifie.stdout  # the hashes agree: the signature check caught it
