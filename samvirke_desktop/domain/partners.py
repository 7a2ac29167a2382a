"""Partners (services and organisations) as the team sees them in lists."""
from dataclasses import dataclass

from samvirke_desktop.db.models import Partner
from samvirke_desktop.domain import permissions
from samvirke_desktop.domain.vocabulary import PARTNER_KIND_LABELS


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    phone: str
    email: str
    archived: bool
    search_text: str

    @property
    def kind_label(self) -> str:
        return PARTNER_KIND_LABELS.get(self.kind, self.kind)


def list_partners(*, include_archived: bool = False) -> list[PartnerRow]:
    permissions.require(permissions.VIEW_PARTNERS)
    query = (Partner
             .select(Partner.id, Partner.name, Partner.kind, Partner.phone, Partner.email,
                     Partner.archived, Partner.search_text)
             .order_by(Partner.name, Partner.id))
    if not include_archived:
        query = query.where(Partner.archived == False)
    return [PartnerRow(pid, name, kind, phone, email, bool(archived), search)
            for pid, name, kind, phone, email, archived, search in query.tuples()]
