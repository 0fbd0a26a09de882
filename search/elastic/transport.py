"""A transport node that speaks plain JSON, for OpenSearch-compatible servers (osmem in tests).

The elasticsearch 8 client sends `application/vnd.elasticsearch+json; compatible-with=8`, which such
servers refuse with a 406. Enabled by the ELASTICSEARCH_PLAIN_JSON setting, never for a real cluster."""

from elastic_transport import Urllib3HttpNode

__all__ = ["PlainJsonNode"]


def plain(value):
    """`application/vnd.elasticsearch+x-ndjson; compatible-with=8` -> `application/x-ndjson`."""
    return value.split(";")[0].replace("vnd.elasticsearch+", "").strip()


class PlainJsonNode(Urllib3HttpNode):
    def __init__(self, config):
        super().__init__(config)
        for name in ("accept", "content-type"):
            if name in self._headers:
                self._headers[name] = plain(self._headers[name])

    def perform_request(self, method, target, body=None, headers=None, **kwargs):
        if headers:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                if name in headers and "vnd.elasticsearch+" in headers[name]:
                    headers[name] = plain(headers[name])
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)
