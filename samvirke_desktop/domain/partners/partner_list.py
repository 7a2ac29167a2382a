"""Partners (services and organisations) as the team sees them in lists."""
from dataclasses import dataclass

from samvirke_desktop.db.models import Partner, PartnerContact, PartnerSite, Site
from samvirke_desktop.domain.team import permissions
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
    contacts: tuple[str, ...] = ()       # contact people's names
    site_ids: tuple[int, ...] = ()
    sites: tuple[str, ...] = ()          # names of the sites

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
    contacts: dict[int, list[str]] = {}
    for partner_id, contact in (PartnerContact.select(PartnerContact.partner, PartnerContact.name)
                                .order_by(PartnerContact.partner, PartnerContact.id).tuples()):
        contacts.setdefault(partner_id, []).append(contact)
    sites: dict[int, list[tuple[int, str]]] = {}
    for partner_id, site_id, site_name in (PartnerSite.select(PartnerSite.partner, Site.id,
                                                              Site.name)
                                           .join(Site, on=(PartnerSite.site == Site.id))
                                           .order_by(Site.name).tuples()):
        sites.setdefault(partner_id, []).append((site_id, site_name))
    return [PartnerRow(pid, name, kind, phone, email, bool(archived), search,
                       contacts=tuple(contacts.get(pid, ())),
                       site_ids=tuple(s for s, _ in sites.get(pid, ())),
                       sites=tuple(n for _, n in sites.get(pid, ())))
            for pid, name, kind, phone, email, archived, search in query.tuples()]
