"""The handles bound into every run, under Amelia's binding names (one place to review),
plus the constant holders scripts use without imports (`DatumType.DATE`, `EntityScope.INTENT`).

A run gets makers, not handles: each handle is made, bound to that run's state, the first time
the script uses its name (see `runtime.binding.Binding`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from .base import ServiceHandle
from .builders import FormInputDataBuilder, SectionBuilder
from .content import CmService
from .context import ContextService
from .conversation import ConversationService
from .execution import Execution
from .integration import IntegrationService
from .log import Log
from .messages import MessageService
from .metrics import CustomMetricService
from .quantity import QuantityService, constant_makers
from .queues import EscalationQueueService
from .state import RunState
from .tabular import TabularDataService
from .textmatch import TextService
from .transient import TransientVariableService
from .user import UserService

HANDLE_CLASSES: tuple[type[ServiceHandle], ...] = (
    Execution, Log, TransientVariableService, CustomMetricService, ContextService,
    ConversationService, UserService, TextService, MessageService, SectionBuilder,
    FormInputDataBuilder, IntegrationService, EscalationQueueService, TabularDataService,
    QuantityService, CmService,
)


# name -> maker(run state) -> a new handle; read-only, shared by every run (it holds classes
# and functions only: no handle, no state)
HANDLE_MAKERS: Mapping[str, Callable[[RunState], ServiceHandle]] = MappingProxyType({
    **{cls.binding_name: cls for cls in HANDLE_CLASSES},
    **constant_makers(),
})
