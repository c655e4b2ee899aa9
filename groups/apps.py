from django.apps import AppConfig


class GroupsConfig(AppConfig):
    name = "groups"
    verbose_name = "Follow-on groups"

    def ready(self) -> None:
        from programmes.hooks import register_follow_on_outcome_source

        from . import notification_kinds
        from .outcomes import GroupOutcomes

        notification_kinds.register()
        # programmes cannot import groups: it learns who came to the first meeting and
        # whether the group formed through this one registered source.
        register_follow_on_outcome_source(GroupOutcomes())
