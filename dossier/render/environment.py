"""The one Jinja environment of dossier: sandboxed, strict, French filters; and the content renderer.

Every template (letter content `.txt.j2`, `lettre.html`, and the XML inside `lettre.docx` through
docxtpl) is rendered by an `ImmutableSandboxedEnvironment`:

- `StrictUndefined`: a missing value is an error (RENDU-02) naming the variable, the template and
  its line, never a blank in a letter;
- the sandbox refuses private attributes (`_x`, `__class__`…) and any mutation (RENDU-03);
- the loader only sees the templates root (`dossier.resources.dossier_gabarits()`);
- autoescape: on for `.html`/`.xml` and for templates built from strings (docxtpl's XML), off for
  the `.txt.j2` content sources, which are not HTML: in those, every `{{ value }}` is escaped for
  the markup instead (`blocks.echapper`), and blocks are HTML-escaped when the HTML is built;
- a raw `Decimal`, `float` or `date` printed without a filter is refused (RENDU-02): amounts, rates
  and dates go through `euros`, `taux`, `date_longue`, `date_courte` (`dossier/francais.py`);
- templates only format, they hold no arithmetic and no legal logic: `+ - * / // % **` on an
  amount, a rate, a date or a duration is refused by the sandbox (RENDU-03), and Jinja's computing
  filters (`sum`, `round`, `abs`, `int`, `float`) are removed. Integers (loop counters) may be added.

Public API
    environnement() -> EnvironnementDossier            the shared one (templates root); an
                                                       ImmutableSandboxedEnvironment subclass
    creer_environnement(racine: Path) -> EnvironnementDossier   same rules, another root (tests)
    rendre_gabarit(nom_gabarit: str, contexte: Mapping[str, object], *, env=None) -> str
    rendre_blocs(nom_gabarit: str, contexte: Mapping[str, object], *, env=None) -> tuple[Bloc, ...]
        e.g. rendre_blocs("letters/relance-1.txt.j2", {"creance": …, "calcul": …})
    erreur_jinja(exc: Exception, nom_gabarit: str) -> RenderFailure   (also used by word.py)
"""

from __future__ import annotations

import abc
import re
from collections.abc import Mapping, MutableMapping
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    UndefinedError,
    nodes,
    pass_context,
)
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup

from dossier.errors import RenderFailure
from dossier.findings import constat
from dossier.francais import (
    a,
    date_courte,
    date_longue,
    de,
    en_lettres,
    enumeration,
    euros,
    taux,
    typographie,
)
from dossier.render.blocks import Bloc, analyser, echapper
from dossier.resources import dossier_gabarits

SOURCE_CONTENU = ".txt.j2"
NON_CALCULABLES = (Decimal, float, date, timedelta)
FILTRES_DE_CALCUL = ("sum", "round", "abs", "int", "float")
COMPILES_GARDES = 64  # templates built from strings kept compiled (a DOCX layout has a few parts)
VERDICTS_GARDES = 4096  # the sandbox's verdicts kept, per (type, attribute): a bound, never reached
_VERDICTS: dict[tuple[type, str], bool] = {}  # (type, attribute) → the sandbox's verdict
_JETON_DES_VERDICTS: list[object] = [None]  # the ABC cache token the verdicts hold for
# The French wording of values (dossier/francais.py), by the names the templates use.
FILTRES = {
    "a": a,
    "de": de,
    "en_lettres": en_lettres,
    "enumeration": enumeration,
    "euros": euros,
    "taux": taux,
    "date_longue": date_longue,
    "date_courte": date_courte,
}


class EnvironnementDossier(ImmutableSandboxedEnvironment):
    """The sandbox, plus: no arithmetic on money, rates or dates (computed in `law/`, once)."""

    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})
    intercepted_unops = frozenset({"+", "-"})

    def _refuser_calcul(self, operateur: str, *operandes: object) -> None:
        if any(isinstance(o, NON_CALCULABLES) for o in operandes):
            raise SecurityError(
                f"calcul « {operateur} » sur un montant, un taux ou une date : "
                "il se fait dans le calcul (law/), jamais dans un gabarit"
            )

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        self._refuser_calcul(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call_unop(self, context: Context, operator: str, arg: Any) -> Any:
        self._refuser_calcul(operator, arg)
        return super().call_unop(context, operator, arg)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """The sandbox's own verdict (no private or internal attribute, no method that changes a
        list, dict, set or deque), worked out once per type of object and attribute name: a letter's
        templates read the same few attributes of the same few types hundreds of times, and the
        verdict depends on nothing else — `value` is not read, and a type's place among the mutable
        ABCs changes only when some class is registered with an ABC, which changes
        `abc.get_cache_token()`: the verdicts are then worked out again. An object whose
        `__class__` is not its type (a proxy) is judged each time, as before."""
        classe = type(obj)
        if type(attr) is not str or obj.__class__ is not classe:
            return bool(super().is_safe_attribute(obj, attr, value))
        jeton = abc.get_cache_token()
        if _JETON_DES_VERDICTS[0] != jeton or len(_VERDICTS) >= VERDICTS_GARDES:
            _VERDICTS.clear()
            _JETON_DES_VERDICTS[0] = jeton
        cle = (classe, attr)
        verdict = _VERDICTS.get(cle)
        if verdict is None:
            verdict = _VERDICTS[cle] = bool(super().is_safe_attribute(obj, attr, value))
        return verdict

    def from_string(
        self,
        source: str | nodes.Template,
        globals: MutableMapping[str, Any] | None = None,
        template_class: type[Template] | None = None,
    ) -> Template:
        """A template built from a string (docxtpl's XML, the same for every letter of a layout)
        is compiled once per process: same source, same environment, the same compiled template."""
        if not isinstance(source, str) or globals is not None or template_class is not None:
            return super().from_string(source, globals, template_class)
        memoire: dict[str, Template] = self.__dict__.setdefault("_compiles", {})
        if source not in memoire:
            if len(memoire) >= COMPILES_GARDES:
                memoire.clear()
            memoire[source] = super().from_string(source)
        return memoire[source]


def _autoescape(nom: str | None) -> bool:
    # None: a template built from a string, i.e. the document XML given by docxtpl.
    return nom is None or nom.endswith((".html", ".xml"))


@pass_context
def _finaliser(contexte: Context, valeur: object) -> object:
    if isinstance(valeur, Undefined):
        return valeur  # printing it raises the StrictUndefined / SecurityError it carries
    if isinstance(valeur, Decimal | float | date | bool):
        raise RenderFailure(
            [
                constat(
                    "RENDU-02",
                    f"Le gabarit {contexte.name or '(docx)'} affiche la valeur brute {valeur!r} : "
                    "passez-la par un filtre (euros, taux, date_longue, date_courte).",
                )
            ]
        )
    if contexte.name is not None and contexte.name.endswith(SOURCE_CONTENU):
        return echapper(str(valeur))  # its punctuation's spaces: when the blocks are read (blocks.py)
    if isinstance(valeur, str) and not isinstance(valeur, Markup):  # a letter's references, a figure
        return typographie(valeur)
    return valeur


def creer_environnement(racine: Path) -> EnvironnementDossier:
    env = EnvironnementDossier(
        loader=FileSystemLoader(str(racine), encoding="utf-8", followlinks=False),
        undefined=StrictUndefined,
        autoescape=_autoescape,
        finalize=_finaliser,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=False,
    )
    for nom in FILTRES_DE_CALCUL:
        del env.filters[nom]
    env.filters.update(FILTRES)
    return env


@cache
def environnement() -> EnvironnementDossier:
    return creer_environnement(dossier_gabarits())


def _ligne_du_gabarit(trace: TracebackType | None) -> int | None:
    # Jinja rewrites tracebacks so that template frames carry the template's file and line.
    ligne = None
    while trace is not None:
        if not trace.tb_frame.f_code.co_filename.endswith(".py"):
            ligne = trace.tb_lineno
        trace = trace.tb_next
    return ligne


def _variable(message: str) -> str:
    trouve = re.search(r"'([^']+)' is undefined|has no attribute '([^']+)'", message)
    if trouve:
        return trouve.group(1) or trouve.group(2)
    return message


def erreur_jinja(exc: Exception, nom_gabarit: str) -> RenderFailure:
    """Turn a Jinja error into a finding that says what, where and what to do (in French)."""
    ligne = exc.lineno if isinstance(exc, TemplateSyntaxError) else _ligne_du_gabarit(exc.__traceback__)
    ou = f"{nom_gabarit}, ligne {ligne}" if ligne else nom_gabarit
    if isinstance(exc, SecurityError):
        return RenderFailure([constat("RENDU-03", f"{ou} : expression refusée par le bac à sable ({exc}).")])
    if isinstance(exc, UndefinedError):
        nom = _variable(str(exc))
        return RenderFailure(
            [constat("RENDU-02", f"{ou} : la variable « {nom} » n'est pas définie ({exc}).")]
        )
    if isinstance(exc, TemplateNotFound):
        return RenderFailure([constat("RENDU-04", f"Gabarit introuvable : {exc.name}.")])
    if isinstance(exc, TemplateSyntaxError):
        return RenderFailure([constat("RENDU-04", f"{ou} : erreur de syntaxe du gabarit ({exc.message}).")])
    return RenderFailure([constat("RENDU-04", f"{ou} : {type(exc).__name__} : {exc}.")])


def rendre_gabarit(
    nom_gabarit: str,
    contexte: Mapping[str, object],
    *,
    env: ImmutableSandboxedEnvironment | None = None,
) -> str:
    """Render one template of the templates root to text; every Jinja error becomes a RenderFailure."""
    env = env or environnement()
    try:
        texte = env.get_template(nom_gabarit).render(dict(contexte))
        return _typographier_html(texte) if nom_gabarit.endswith(".html") else texte
    except TemplateError as exc:
        raise erreur_jinja(exc, nom_gabarit) from exc
    except RenderFailure as exc:  # raised by a filter or by `_finaliser`: add where it happened
        ligne = _ligne_du_gabarit(exc.__traceback__)
        ou = f"{nom_gabarit}, ligne {ligne}" if ligne else nom_gabarit
        raise type(exc)([replace(c, message=f"{ou} : {c.message}") for c in exc.constats]) from exc


_BALISES = re.compile(r"(<style\b.*?</style>|<[^>]*>)", re.DOTALL)


def _typographier_html(html: str) -> str:
    """The no-break spaces of French punctuation in an HTML layout's own words (« À faire : »,
    « Signature : »), its text between the tags only: the values and blocks it places have them
    already (`_finaliser`, `blocks.py`).

    >>> _typographier_html('<p class="a">À faire : x</p><style>a { b: c; }</style>') == (
    ...     '<p class="a">À faire\xa0: x</p><style>a { b: c; }</style>')
    True
    """
    morceaux = _BALISES.split(html)
    return "".join(m if rang % 2 else typographie(m) for rang, m in enumerate(morceaux))


def rendre_blocs(
    nom_gabarit: str,
    contexte: Mapping[str, object],
    *,
    env: ImmutableSandboxedEnvironment | None = None,
) -> tuple[Bloc, ...]:
    """Render a `.txt.j2` content source and parse it into blocks (see `blocks.py` for the markup)."""
    if not nom_gabarit.endswith(SOURCE_CONTENU):
        raise RenderFailure(
            [constat("RENDU-04", f"{nom_gabarit} : une source de contenu se termine par {SOURCE_CONTENU}.")]
        )
    return analyser(rendre_gabarit(nom_gabarit, contexte, env=env), source=nom_gabarit)
