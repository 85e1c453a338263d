"""The language model: the endpoint client (``client``) and the transport every call takes
(``gateway``)."""

from app.lm.client import build_lm, lm_reachable
from app.lm.gateway import LMGateway, serving_adapter, translate_lm_error

__all__ = ["LMGateway", "build_lm", "lm_reachable", "serving_adapter", "translate_lm_error"]
