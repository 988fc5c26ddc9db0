"""Secure variables at rest: encrypted with the embedder's key, or not kept at all.

A run sees its secure variables (`execution.setSecureVariable`, the state's `secureVariables`
names) in clear. What leaves the run never does: `SecretBox.seal` replaces each secure
variable's value in the RunResult by `MASK` and, with a key, puts its encrypted value (a
Fernet token of its plain data) in the conversation's `secureValues`, which the store keeps
beside the masked variable; `SecretBox.reveal` decrypts them into the plain state the next
run starts from. Without a key a secure variable lives for its run only: the store keeps
`MASK` and the next run does not see the variable.

The output channels (stdout, log, messages, metrics, errors) are masked by value inside the
executor (runtime/run/masking.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from convoscript.errors import FlowStateError
from convoscript.runtime.run.masking import MASK
from convoscript.runtime.run.result import RunResult

if TYPE_CHECKING:
    from cryptography.fernet import MultiFernet

TOKENS = "secureValues"  # state key: secure variable name -> Fernet token
NAMES = "secureVariables"  # state key: the names of the secure variables

SecretKey = str | bytes | Sequence[str | bytes]


class SecretBox:
    """Seals and reveals one runtime's secure variables. `key`: a Fernet key
    (`Fernet.generate_key()`), or a list of keys for rotation (the first encrypts, any
    decrypts); None keeps secure variables for their run only. `encode`/`decode` turn plain
    data into text and back exactly (the store's codec)."""

    def __init__(
        self,
        key: SecretKey | None,
        encode: Callable[[object], str],
        decode: Callable[[str], object],
    ):
        self._encode, self._decode = encode, decode
        self._fernet: MultiFernet | None = None
        self._invalid: type[Exception] = ValueError
        if key is None:
            return
        try:  # optional (pip install 'convoscript[secure]'), and imported only with a key
            from cryptography import fernet  # noqa: PLC0415 - lazy, docs/architecture.md
        except ImportError:
            raise ValueError(
                "secret_key needs the cryptography package: pip install 'convoscript[secure]'"
            ) from None
        self._invalid = fernet.InvalidToken
        keys = [key] if isinstance(key, (str, bytes)) else list(key)
        if not keys:
            raise ValueError("secret_key: give at least one key")
        try:
            self._fernet = fernet.MultiFernet([fernet.Fernet(k) for k in keys])
        except (ValueError, TypeError):
            raise ValueError(
                "secret_key must be a Fernet key: 32 url-safe base64-encoded bytes "
                "(cryptography.fernet.Fernet.generate_key())"
            ) from None

    @property
    def persists(self) -> bool:
        """Whether secure variables outlive their run (a key was given)."""
        return self._fernet is not None

    def reveal(self, plain: Mapping) -> Mapping:
        """The stored plain state with its secure variables decrypted (a new mapping; `plain`
        is left as it is). A secure variable stored without a key (`MASK`) is left out. A
        token this box cannot decrypt, or tokens with no key to read them, are a
        FlowStateError: running would lose them at the next commit."""
        names = plain.get(NAMES)
        if not names:
            return plain
        tokens = plain.get(TOKENS) or {}
        if tokens and self._fernet is None:
            raise FlowStateError(
                "the conversation holds encrypted secure variables: "
                "the runtime needs the secret key they were encrypted with"
            )
        variables = dict(plain.get("variables") or {})
        for name in names:
            token = tokens.get(name)
            if token is not None:
                variables[name] = self._open(name, token)
            elif variables.get(name) == MASK:
                del variables[name]  # not persisted: the run that set it had no key
        return {**plain, "variables": variables}

    def _open(self, name: str, token: object) -> object:
        try:
            text = self._fernet.decrypt(str(token).encode("ascii"))  # type: ignore[union-attr]
        except (self._invalid, UnicodeEncodeError):
            raise FlowStateError(
                f"secure variable '{name}' cannot be decrypted with this runtime's secret key"
            ) from None
        return self._decode(text.decode("utf-8"))

    @staticmethod
    def masked(plain: Mapping) -> dict:
        """The variables of a stored plain state with its secure ones masked."""
        variables = dict(plain.get("variables") or {})
        for name in plain.get(NAMES) or ():
            if name in variables:
                variables[name] = MASK
        return variables

    def seal(self, result: RunResult) -> None:
        """Mask `result`'s secure variables (in place) and, with a key, put their encrypted
        values in `result.conversation` for the store."""
        names = result.conversation.get(NAMES)
        if not names:
            return
        result.variables, tokens = self._seal(result.variables, names, {})
        conversation = {k: v for k, v in result.conversation.items() if k != TOKENS}
        if tokens:
            conversation[TOKENS] = tokens
        result.conversation = conversation

    def seal_state(self, plain: dict, tokens: object = None) -> dict:
        """Host-given plain state (`replace_state`) as the store keeps it. With a key, its
        secure variables are encrypted like a run's; `tokens` (the `secureValues` of a state
        read back from the store) are kept for variables still masked. Without a key the
        state is left as given: its secure values serve the next run, which drops them."""
        names = plain.get(NAMES)
        if not names or self._fernet is None:
            return plain
        carried = tokens if isinstance(tokens, dict) else {}
        variables, sealed = self._seal(plain.get("variables") or {}, names, carried)
        out = {**plain, "variables": variables}
        if sealed:
            out[TOKENS] = sealed
        return out

    def _seal(self, variables: dict, names: list, carried: dict) -> tuple[dict, dict[str, str]]:
        """`variables` with each secure one masked, and the tokens of their values (a value
        already masked keeps its `carried` token, if any)."""
        out = dict(variables)
        tokens: dict[str, str] = {}
        for name in names:
            if name not in out:
                continue
            if out[name] == MASK:
                if name in carried:
                    tokens[name] = str(carried[name])
                continue
            if self._fernet is not None:
                text = self._encode(out[name]).encode("utf-8")
                tokens[name] = self._fernet.encrypt(text).decode("ascii")
            out[name] = MASK
        return out, tokens
