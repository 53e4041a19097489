"""`dossier build --sign KEY.p12 [--tsa URL]` end to end on the sample with a SEPA plan.

The real `echeancier.pdf` of `samples/plan-sepa` is signed at the boxes the renderer drew
(`render.zones`), validated by pyHanko and pdfsig; every refusal leaves nothing written.
"""

from __future__ import annotations

import hashlib
import os
import pty
import select
import sys
import time
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pypdf import PdfReader

from dossier.assemble.signature import CHAMP_CREANCIER, CHAMP_DEBITEUR, MOTIF
from dossier.assemble.verification import champs_vides, verifier_signatures
from dossier.cli import build as commande_build
from dossier.cli import communs
from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.render.readback import texte_pdf
from dossier.render.zones import RECTANGLES
from dossier.verify.manifeste import lire_manifeste
from tests.signature.certificats import MOT_DE_PASSE, Paire, autorite, ecrire_p12, emis_par
from tests.signature.outils import ServeurHorodatage, pdfsig, url_sans_serveur

RACINE = Path(__file__).resolve().parents[2]
VARIABLE = communs.VARIABLE_MOT_DE_PASSE


@pytest.fixture
def claim() -> Path:
    return RACINE / "samples" / "plan-sepa" / "claim.yaml"


def lancer(*arguments: object, env: dict[str, str | None] | None = None, entree: str | None = None) -> Result:
    environnement: dict[str, str | None] = {"DOSSIER_PARAMETRES": None, VARIABLE: None, **(env or {})}
    resultat = CliRunner().invoke(cli, [str(a) for a in arguments], env=environnement, input=entree)
    sortie = resultat.stdout + resultat.stderr
    assert "Traceback" not in sortie, sortie
    assert resultat.exception is None or isinstance(resultat.exception, SystemExit), repr(resultat.exception)
    return resultat


def _rien_ecrit(sortie: Path) -> None:
    assert not sortie.exists()
    assert [p.name for p in sortie.parent.iterdir() if p.name.startswith(f".{sortie.name}")] == []


def _codes(resultat: Result) -> str:
    return resultat.stderr


def test_build_signe_l_echeancier_et_rien_d_autre(
    claim: Path, cle_p12: Path, ac: Paire, tmp_path: Path
) -> None:
    signe, brut = tmp_path / "signe", tmp_path / "brut"
    resultat = lancer("build", claim, "-o", signe, "--sign", cle_p12, env={VARIABLE: MOT_DE_PASSE})
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "echeancier.pdf" in resultat.stdout
    assert lancer("build", claim, "-o", brut).exit_code == ExitCode.OK

    pdf = (signe / "echeancier.pdf").read_bytes()
    (etat,) = verifier_signatures(pdf, [ac.certificat_der()])
    assert (etat.champ, etat.motif, etat.lieu) == (CHAMP_CREANCIER, MOTIF, "Lyon")  # the creditor's town
    assert etat.en_ordre and etat.couverture == "ENTIRE_FILE" and not etat.horodatee
    creancier = next(s for s in pdfsig(pdf) if s["Signature Field Name"] == CHAMP_CREANCIER)
    assert creancier["Signature Validation"] == "Signature is Valid."
    assert creancier["Total document signed"] == "oui"
    assert champs_vides(pdf) == [CHAMP_DEBITEUR]

    # Each field on the box the renderer drew for its party, on the last page.
    derniere = len(PdfReader(BytesIO(pdf)).pages) - 1
    for nom, partie in ((CHAMP_CREANCIER, "creancier"), (CHAMP_DEBITEUR, "debiteur")):
        widgets = [
            (rang, tuple(round(float(v)) for v in a.get_object()["/Rect"]))
            for rang, page in enumerate(PdfReader(BytesIO(pdf)).pages)
            for a in page.get("/Annots", [])
            if a.get_object().get("/T") == nom
        ]
        assert widgets == [(derniere, tuple(round(v) for v in RECTANGLES[partie]))], nom

    # The unsigned échéancier is the signed one's first revision, its text unchanged; every other
    # file (the DOCX twin and the SEPA mandate included: never signed) is the unsigned build's.
    original = (brut / "echeancier.pdf").read_bytes()
    assert pdf.startswith(original) and texte_pdf(pdf) == texte_pdf(original)
    assert "Le débiteur" in texte_pdf(pdf)[-1]
    fichiers = sorted(p.name for p in signe.iterdir())
    assert fichiers == sorted(p.name for p in brut.iterdir())
    assert {"echeancier.docx", "mandat-sepa.pdf"} <= set(fichiers)
    for nom in fichiers:
        if nom not in (
            "echeancier.pdf",
            "manifest.json",
            "rapport.html",
            "rapport.pdf",
        ):  # these list its hash
            assert (signe / nom).read_bytes() == (brut / nom).read_bytes(), nom
    # The manifest is written after the signature: it lists the signed file's hash.
    liste = lire_manifeste((signe / "manifest.json").read_bytes()).fichier("echeancier.pdf")
    assert liste is not None and liste.sha256 == hashlib.sha256(pdf).hexdigest() and liste.octets == len(pdf)
    assert champs_vides((signe / "mandat-sepa.pdf").read_bytes()) == []


def test_phrase_secrete_demandee_masquee_dans_un_terminal(
    claim: Path, cle_p12: Path, ac: Paire, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(communs, "terminal", lambda: True)
    sortie = tmp_path / "sortie"
    resultat = lancer(
        "build", claim, "-o", sortie, "--no-docx", "--sign", cle_p12, entree=MOT_DE_PASSE + "\n"
    )
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "Phrase secrète de la clé" in resultat.stderr
    assert MOT_DE_PASSE not in resultat.output  # hidden: never echoed
    (etat,) = verifier_signatures((sortie / "echeancier.pdf").read_bytes(), [ac.certificat_der()])
    assert etat.en_ordre


def test_dans_un_vrai_terminal_la_phrase_est_demandee_sans_echo(
    claim: Path, cle_p12: Path, tmp_path: Path
) -> None:
    """A real pseudo-terminal: the prompt appears, what is typed is not echoed, a wrong one exits 3."""
    sortie = tmp_path / "sortie"
    environnement = {k: v for k, v in os.environ.items() if k not in (VARIABLE, "DOSSIER_PARAMETRES")}
    commande = [sys.executable, "-c", "from dossier.cli.main import main; main()"]
    arguments = [*commande, "build", str(claim), "-o", str(sortie), "--sign", str(cle_p12)]
    pid, terminal = pty.fork()
    if pid == 0:  # the child: becomes `dossier build … --sign` on the pseudo-terminal
        os.chdir(RACINE)
        os.execve(sys.executable, arguments, environnement)
    lu = _lire_jusqu_a(terminal, b"Phrase secr")
    assert "Phrase secrète de la clé" in lu
    os.write(terminal, b"tapee au clavier\n")
    lu += _lire_jusqu_a(terminal, None)
    _, statut = os.waitpid(pid, 0)
    os.close(terminal)
    assert os.waitstatus_to_exitcode(statut) == ExitCode.INVALID_INPUT, lu
    assert "SIGN-02" in lu and "tapee au clavier" not in lu
    _rien_ecrit(sortie)


def _lire_jusqu_a(terminal: int, attendu: bytes | None, delai: float = 60.0) -> str:
    """Read the terminal until `attendu` appears (or, for None, until the child closes it)."""
    lu = b""
    fin = time.monotonic() + delai
    while time.monotonic() < fin and (attendu is None or attendu not in lu):
        prets, _, _ = select.select([terminal], [], [], 0.5)
        if not prets:
            continue
        try:
            morceau = os.read(terminal, 4096)
        except OSError:  # EIO: the child has exited and closed the terminal
            break
        if not morceau:
            break
        lu += morceau
    return lu.decode("utf-8", errors="replace")


def test_sans_terminal_ni_variable_erreur_d_usage(claim: Path, cle_p12: Path, tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie, "--sign", cle_p12)
    assert resultat.exit_code == ExitCode.USAGE
    assert "SIGN-01" in resultat.stderr and VARIABLE in resultat.stderr
    _rien_ecrit(sortie)


def test_mauvaise_phrase_secrete_rien_n_est_ecrit(claim: Path, cle_p12: Path, tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie, "--sign", cle_p12, env={VARIABLE: "mauvaise phrase"})
    assert resultat.exit_code == ExitCode.INVALID_INPUT
    assert "SIGN-02" in resultat.stderr and "phrase secrète incorrecte" in resultat.stderr
    assert "mauvaise phrase" not in resultat.output
    _rien_ecrit(sortie)


def test_un_echec_de_signature_laisse_la_production_precedente(
    claim: Path, cle_p12: Path, tmp_path: Path
) -> None:
    sortie = tmp_path / "sortie"
    assert lancer("build", claim, "-o", sortie, "--no-docx").exit_code == ExitCode.OK
    avant = {p.name: p.read_bytes() for p in sortie.iterdir()}
    resultat = lancer(
        "build", claim, "-o", sortie, "--no-docx", "--sign", cle_p12, "--tsa", url_sans_serveur(),
        env={VARIABLE: MOT_DE_PASSE},
    )  # fmt: skip
    assert resultat.exit_code == ExitCode.RENDER_FAILURE
    assert "SIGN-04" in resultat.stderr
    assert {p.name: p.read_bytes() for p in sortie.iterdir()} == avant
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".sortie")] == []


def test_horodatage_par_un_serveur_local(claim: Path, cle_p12: Path, ac: Paire, tmp_path: Path) -> None:
    serveur = ServeurHorodatage(emis_par(ac, "Horodatage de test", horodatage=True), ac)
    sortie = tmp_path / "sortie"
    with serveur.en_service():
        resultat = lancer(
            "build", claim, "-o", sortie, "--no-docx", "--sign", cle_p12, "--tsa", serveur.url,
            env={VARIABLE: MOT_DE_PASSE},
        )  # fmt: skip
    assert resultat.exit_code == ExitCode.OK, resultat.output
    (etat,) = verifier_signatures((sortie / "echeancier.pdf").read_bytes(), [ac.certificat_der()])
    assert etat.horodatee and etat.horodatage_valide and etat.en_ordre


def test_certificat_expire(claim: Path, tmp_path: Path) -> None:
    ac = autorite(datetime.now(UTC) - timedelta(days=800))
    vieux = emis_par(
        ac,
        "Claire Durand",
        debut=datetime.now(UTC) - timedelta(days=700),
        fin=datetime.now(UTC) - timedelta(days=1),
    )
    cle = ecrire_p12(tmp_path / "vieille.p12", vieux, ac)
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie, "--sign", cle, env={VARIABLE: MOT_DE_PASSE})
    assert resultat.exit_code == ExitCode.INVALID_INPUT
    assert "SIGN-03" in resultat.stderr and "a expiré le" in resultat.stderr
    _rien_ecrit(sortie)


@pytest.mark.parametrize(
    "arguments",
    [
        ("--mot-de-passe", MOT_DE_PASSE),
        ("--passphrase", MOT_DE_PASSE),
        ("--password", MOT_DE_PASSE),
        ("--pass", MOT_DE_PASSE),
        (f"--sign={MOT_DE_PASSE}",),  # a value where the key is expected is just a missing file
    ],
)
def test_phrase_secrete_jamais_sur_la_ligne_de_commande(
    claim: Path, cle_p12: Path, tmp_path: Path, arguments: tuple[str, ...]
) -> None:
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie, "--sign", cle_p12, *arguments)
    assert resultat.exit_code in (ExitCode.USAGE, ExitCode.INVALID_INPUT), resultat.output
    assert MOT_DE_PASSE not in resultat.stdout
    _rien_ecrit(sortie)


def test_aucune_option_ne_prend_de_secret() -> None:
    noms = [n for p in commande_build.commande.params for n in (p.name or "", *p.opts)]
    assert not [n for n in noms if any(m in n.lower() for m in ("pass", "secret", "mot", "pin"))]


def test_sign_sans_plan_erreur_d_usage_avant_la_phrase_secrete(cle_p12: Path, tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    claim = RACINE / "samples" / "b2b-menuiserie" / "claim.yaml"  # no plan
    resultat = lancer("build", claim, "-o", sortie, "--sign", cle_p12)  # no passphrase: not even asked
    assert resultat.exit_code == ExitCode.USAGE
    assert "SIGN-05" in resultat.stderr and "pas de section plan" in resultat.stderr
    _rien_ecrit(sortie)


def test_tsa_sans_sign(claim: Path, tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie, "--tsa", "https://tsa.exemple.fr")
    assert resultat.exit_code == ExitCode.USAGE and "il va avec --sign" in resultat.stderr
    _rien_ecrit(sortie)


def test_tsa_mal_ecrite(claim: Path, cle_p12: Path, tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    resultat = lancer(
        "build",
        claim,
        "-o",
        sortie,
        "--sign",
        cle_p12,
        "--tsa",
        "tsa.exemple.fr",
        env={VARIABLE: MOT_DE_PASSE},
    )
    assert resultat.exit_code == ExitCode.USAGE and "SIGN-07" in resultat.stderr
    _rien_ecrit(sortie)


def test_sans_pyhanko_erreur_claire(
    claim: Path, cle_p12: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dossier.assemble.signature", None)  # import now raises ImportError
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie, "--sign", cle_p12, env={VARIABLE: MOT_DE_PASSE})
    assert resultat.exit_code == ExitCode.USAGE
    assert "SIGN-06" in resultat.stderr and "pip install -e '.[sign]'" in resultat.stderr
    _rien_ecrit(sortie)
