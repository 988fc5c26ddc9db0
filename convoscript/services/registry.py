"""The handles bound into every run, under Amelia's binding names (one place to review),
plus the constant holders scripts use without imports (`DatumType.DATE`, `EntityScope.INTENT`).

A run gets makers, not handles: each handle is made, bound to that run's state, the first time
the script uses its name (see `runtime.binding.Binding`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from convoscript.services.base import ServiceHandle
from convoscript.services.builders import FormInputDataBuilder, SectionBuilder
from convoscript.services.content import CmService
from convoscript.services.context import ContextService
from convoscript.services.conversation import ConversationService
from convoscript.services.execution import Execution
from convoscript.services.integration import IntegrationService
from convoscript.services.log import Log
from convoscript.services.messages import MessageService
from convoscript.services.metrics import CustomMetricService
from convoscript.services.quantity import QuantityService, constant_makers
from convoscript.services.queues import EscalationQueueService
from convoscript.services.state import RunState
from convoscript.services.tabular import TabularDataService
from convoscript.services.textmatch import TextService
from convoscript.services.transient import TransientVariableService
from convoscript.services.user import UserService

HANDLE_CLASSES: tuple[type[ServiceHandle], ...] = (
    Execution,
    Log,
    TransientVariableService,
    CustomMetricService,
    ContextService,
    ConversationService,
    UserService,
    TextService,
    MessageService,
    SectionBuilder,
    FormInputDataBuilder,
    IntegrationService,
    EscalationQueueService,
    TabularDataService,
    QuantityService,
    CmService,
)


# name -> maker(run state) -> a new handle; read-only, shared by every run (it holds classes
# and functions only: no handle, no state)
HANDLE_MAKERS: Mapping[str, Callable[[RunState], ServiceHandle]] = MappingProxyType(
    {
        **{cls.binding_name: cls for cls in HANDLE_CLASSES},
        **constant_makers(),
    }
)
