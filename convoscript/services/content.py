"""`cmService`: the content manager — files in buckets, conversation-scoped or system-wide.

Content is a back end; the in-memory default keeps resources in the state key `content`: a
list of {"id", "bucket", "name", "base64", "contentType", "contentDisposition",
"scope": CONVERSATION|SYSTEM}. Lookups try conversation resources first, then system ones.
Files added by a script are conversation-scoped and persist with the conversation; adding a
file with the name of an existing one in the same bucket replaces it. `byte[]` values are
Lists of byte values (-128..127) in convoscript.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import mimetypes

from convoscript.runtime.model.exceptions import GroovyThrowable
from convoscript.services.base import ServiceHandle, script_method
from convoscript.services.context import stable_id
from convoscript.services.dto import Dto, require
from convoscript.services.state import RunState

DISPOSITIONS = ("NO_PREVIEW", "INLINE_ONLY", "INLINE_AND_POPUP", "ATTACHMENT")


def _decode(resource: dict) -> bytes:
    try:
        return base64.b64decode(resource.get("base64") or "", validate=True)
    except (binascii.Error, ValueError):
        raise GroovyThrowable(
            "IllegalStateException", f"resource {resource.get('id')} is not valid base64"
        ) from None


def _metadata_field(name: str):
    @script_method()
    def get(self) -> object:
        return self._data[name]

    return get


class CmObjectMetadata(Dto):
    java_class = "net.ipsoft.ameliav3.model.cm.CmObjectMetadata"
    fields = ("objectId", "objectName", "bucketName")

    def __init__(self, resource: dict, conversation_id: str):
        data = _decode(resource)
        disposition = str(resource.get("contentDisposition") or "INLINE_AND_POPUP")
        self._data = {
            "bucketId": stable_id("bucket", resource.get("bucket")),
            "bucketName": resource.get("bucket"),
            "objectId": resource.get("id"),
            "objectName": resource.get("name"),
            "contentType": resource.get("contentType")
            or mimetypes.guess_type(str(resource.get("name")))[0]
            or "application/octet-stream",
            "contentLength": len(data),
            "contentDisposition": disposition,
            "httpContentDisposition": "ATTACHMENT"
            if disposition in ("ATTACHMENT", "NO_PREVIEW")
            else "INLINE",
            "contentMd5": hashlib.md5(data).hexdigest(),
            "scope": str(resource.get("scope") or "CONVERSATION"),
            "url": _url(conversation_id, str(resource.get("id")), disposition),
        }

    for _name in (
        "bucketId",
        "bucketName",
        "objectId",
        "objectName",
        "contentType",
        "contentLength",
        "contentDisposition",
        "httpContentDisposition",
        "contentMd5",
        "scope",
        "url",
    ):
        locals()[_name] = _metadata_field(_name)
    del _name


def _url(conversation_id: str, ident: str, disposition: str) -> str:
    kind = "download" if disposition == "ATTACHMENT" else "view"
    return f"/Amelia/{kind}/{conversation_id}/{ident}"


class CmService(ServiceHandle):
    handle_type = "CmService"
    java_class = "net.ipsoft.ameliav3.bpn.script.service.CmService"
    binding_name = "cmService"

    def __init__(self, state: RunState):
        self._state = state

    def _ordered(self) -> list[dict]:
        items = [r for r in self._state.content if isinstance(r, dict)]
        return sorted(items, key=lambda r: str(r.get("scope") or "CONVERSATION") == "SYSTEM")

    def _find(self, ident: str) -> dict | None:
        return next((r for r in self._ordered() if r.get("id") == ident), None)

    def _meta(self, resource: dict | None) -> CmObjectMetadata | None:
        return None if resource is None else CmObjectMetadata(resource, self._state.conversation_id)

    def _add(self, bucket: str, name: str, data: bytes) -> str:
        require(bucket, "bucket")
        require(name, "fileName")
        content = self._state.content
        for i, r in enumerate(content):
            if (
                r.get("bucket") == bucket
                and r.get("name") == name
                and str(r.get("scope") or "CONVERSATION") == "CONVERSATION"
            ):
                del content[i]
                break
        ident = stable_id(
            self._state.conversation_id, "cm", bucket, name, hashlib.sha256(data).hexdigest()
        )
        content.append(
            {
                "id": ident,
                "bucket": bucket,
                "name": name,
                "base64": base64.b64encode(data).decode("ascii"),
                "scope": "CONVERSATION",
            }
        )
        return ident

    @script_method("String", "String", "List")
    def addFile(self, bucket: str, name: str, data: list | None) -> str:
        require(data, "bytes")
        try:
            raw = bytes((int(b) & 0xFF) for b in data)  # type: ignore[union-attr]
        except (TypeError, ValueError):
            raise GroovyThrowable("IllegalArgumentException", "bytes must be numbers") from None
        return self._add(bucket, name, raw)

    @script_method("String", "String", "String")
    def addFileBase64(self, bucket: str, name: str, data: str) -> str:
        require(data, "base64")
        try:
            raw = base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError):
            raise GroovyThrowable("IllegalArgumentException", "not valid base64") from None
        return self._add(bucket, name, raw)

    @script_method("String")
    @script_method("String", "String")
    def getResourceUrl(self, ident: str, disposition: str | None = None) -> str | None:
        resource = self._find(ident)
        if resource is None:
            return None
        if disposition is not None and disposition not in DISPOSITIONS:
            raise GroovyThrowable(
                "IllegalArgumentException", f"unknown content disposition {disposition}"
            )
        return _url(
            self._state.conversation_id,
            ident,
            disposition or str(resource.get("contentDisposition") or "INLINE_AND_POPUP"),
        )

    @script_method("String")
    def findResourceById(self, ident: str) -> CmObjectMetadata | None:
        return self._meta(self._find(ident))

    @script_method("String")
    @script_method("String", "boolean")
    def getResourceBytes(self, ident: str, evaluate: bool = False) -> list | None:
        resource = self._find(ident)
        return None if resource is None else [b - 256 if b > 127 else b for b in _decode(resource)]

    @script_method("String")
    @script_method("String", "boolean")
    def getResourceBase64(self, ident: str, evaluate: bool = False) -> str | None:
        resource = self._find(ident)
        return None if resource is None else base64.b64encode(_decode(resource)).decode("ascii")

    @script_method("String")
    def getBucketResources(self, bucket: str) -> list:
        return [self._meta(r) for r in self._ordered() if r.get("bucket") == bucket]

    @script_method()
    def getConversationResources(self) -> list:
        return [
            self._meta(r)
            for r in self._ordered()
            if str(r.get("scope") or "CONVERSATION") == "CONVERSATION"
        ]

    @script_method("String", "String")
    def getBucketResource(self, bucket: str, name: str) -> CmObjectMetadata | None:
        return self._meta(
            next(
                (r for r in self._ordered() if r.get("bucket") == bucket and r.get("name") == name),
                None,
            )
        )
