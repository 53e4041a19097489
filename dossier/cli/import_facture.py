"""`dossier import-facture FACTURE.pdf`: the claim.yaml entry of a Factur-X invoice, ready to paste."""

from __future__ import annotations

from pathlib import Path

import click

from dossier.cli import aide, report
from dossier.errors import InvalidClaim, UsageProblem
from dossier.findings import constat


def _refus(code: str, message: str) -> InvalidClaim:
    return InvalidClaim([constat(code, message)])


def _lire(facture: Path) -> bytes:
    """The invoice's bytes; a path that leads nowhere is named, with what to check."""
    if not facture.exists():
        pourquoi = f"le fichier « {facture} » n'existe pas"
    elif facture.is_dir():
        pourquoi = f"« {facture} » est un dossier, pas un fichier PDF"
    else:
        try:
            return facture.read_bytes()
        except OSError as exc:
            pourquoi = f"le fichier « {facture} » ne peut pas être lu ({exc.strerror})"
    raise UsageProblem(
        [
            constat(
                "USAGE-01",
                pourquoi,
                que_faire="Vérifiez le chemin de la facture (relatif au dossier courant) et son nom exact.",
            )
        ]
    )


@aide.commande("import-facture")
@click.argument("facture", type=click.Path(path_type=Path))
@aide.option(
    "--piece",
    metavar="CHEMIN",
    help="Chemin de la pièce dans l'entrée, relatif à claim.yaml (par défaut : pieces/<nom du fichier>).",
)
def commande(facture: Path, piece: str | None) -> None:
    """Lit la facture Factur-X FACTURE.pdf et affiche son entrée pour claim.yaml (numéro, dates, montant).

    Les montants sont écrits entre guillemets, comme claim.yaml les attend. Un PDF sans données
    Factur-X, endommagé ou chiffré est refusé (code 3) : saisissez alors la facture à la main.
    """
    from dossier.assemble.factur_x import FacturXIllisible, entree_yaml, lire_facturx

    donnees = _lire(facture)
    if b"%PDF-" not in donnees[:1024]:
        raise _refus("PIECE-03", f"« {facture.name} » n'est pas un PDF")
    try:
        lue = lire_facturx(donnees)
        if lue is None:
            raise _refus(
                "PIECE-09",
                f"« {facture.name} » est un PDF sans données Factur-X (aucun fichier factur-x.xml joint)",
            )
        entree = entree_yaml(lue, piece or f"pieces/{facture.name}", facture.name)
    except FacturXIllisible as exc:
        raise _refus("PIECE-09", f"« {facture.name} » : {exc}") from exc
    report.brut(entree + "\n")
