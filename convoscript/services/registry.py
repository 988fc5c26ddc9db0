"""The handles bound into every run, under Amelia's binding names (one place to review),
plus the constant holders scripts use without imports (`DatumType.DATE`, `EntityScope.INTENT`)."""

from __future__ import annotations

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
from .quantity import QuantityService, constants
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


def make_handles(state: RunState) -> dict[str, ServiceHandle]:
    """A fresh set of handles bound to one run's state."""
    handles: dict[str, ServiceHandle] = {cls.binding_name: cls(state)  # type: ignore[call-arg]
                                         for cls in HANDLE_CLASSES}
    handles.update(constants())
    return handles
