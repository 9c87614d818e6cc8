"""Oversight actions, atomic counters and idempotent ingestion for the engagement app.

Every oversight action (approve, reject, delete a reply; create, assign, resolve, change an
escalation) writes its AuditLog row in the same transaction as the change itself.
"""

import uuid
from collections.abc import Iterable

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import connection, models, transaction
from django.db.models import F
from django.db.models.functions import Now
from django.utils import timezone
from psycopg.types.json import Jsonb

from core.errors import ConflictError, DomainValidationError, NotFoundError
from engagement.choices import ApprovalStatus, AuditAction, EscalationStatus
from engagement.models import (
    AuditLog,
    CommunityChampion,
    Escalation,
    Post,
    Reply,
)
from engagement.validation import validate_post_id

INGEST_MAX_BATCH = 500


# --- audit ------------------------------------------------------------------------------


def entity_type_of(obj_or_model) -> str:
    return obj_or_model._meta.model_name


def actor_label_of(actor) -> str:
    if actor is None:
        return "system"
    return getattr(actor, "email", "") or str(actor.pk)


def audit(
    *, entity, action: str, actor=None, actor_label: str = "", details: dict | None = None, **at
):
    """Append one AuditLog row for ``entity`` (call it inside the action's transaction)."""
    return AuditLog.objects.create(
        **at,
        entity_type=entity_type_of(entity),
        entity_id=str(entity.pk),
        action=action,
        actor=actor if getattr(actor, "pk", None) else None,
        actor_label=actor_label or actor_label_of(actor),
        details_json=details or {},
    )


def snapshot(obj, fields: Iterable[str]) -> dict:
    """``{field: value}`` of ``obj`` as JSON-ready text/numbers (before/after of an audit)."""
    out = {}
    for name in fields:
        field = obj._meta.get_field(name)
        value = getattr(obj, field.attname)
        out[name] = value if value is None or isinstance(value, (bool, int, str)) else str(value)
    return out


def record_change(
    *, entity, action: str, actor=None, before: dict, after: dict, actor_label="", at=None, **extra
):
    """The audit row of a state change or an edit: who (actor), what (action, entity),
    before and after (only the fields that changed), in the caller's transaction."""
    changed = sorted(k for k in after if before.get(k) != after.get(k))
    details = {
        "before": {k: before.get(k) for k in changed},
        "after": {k: after[k] for k in changed},
        **{k: v for k, v in extra.items() if v not in (None, "")},
    }
    return audit(
        entity=entity,
        action=action,
        actor=actor,
        actor_label=actor_label,
        details=details,
        **({"created_at": at} if at is not None else {}),
    )


def correction(*, entity, actor, reason: str, before: dict, after: dict):
    """The CORRECTED audit row that lets the finality triggers (engagement/finality.py)
    accept a change to a decided row; written before the change, in its transaction."""
    reason = (reason or "").strip()
    if not reason:
        raise DomainValidationError("A correction needs a reason.", field="reason")
    if getattr(actor, "pk", None) is None:
        raise DomainValidationError("A correction needs the staff member making it.")
    return record_change(
        entity=entity,
        action=AuditAction.CORRECTED,
        actor=actor,
        before=before,
        after=after,
        reason=reason,
        # the transaction's own timestamp: what the finality triggers look for
        at=models.Func(function="transaction_timestamp", output_field=models.DateTimeField()),
    )


def _locked(model, pk):
    try:
        return model.objects.select_for_update().get(pk=pk)
    except model.DoesNotExist:
        raise NotFoundError(f"{model._meta.verbose_name} not found.")


# --- replies ------------------------------------------------------------------------------


def _pending_reply(pk) -> Reply:
    reply = _locked(Reply, pk)
    if reply.deleted_at is not None:
        raise ConflictError("This reply was deleted.", field="deleted_at")
    if reply.approval_status != ApprovalStatus.PENDING:
        raise ConflictError(
            f"Only a pending reply can be reviewed; this one is {reply.approval_status}.",
            field="approval_status",
        )
    return reply


@transaction.atomic
def reply_approve(*, reply_id, user) -> Reply:
    reply = _pending_reply(reply_id)
    reply.approval_status = ApprovalStatus.APPROVED
    reply.approved_by = user
    reply.approved_at = timezone.now()
    reply.save(update_fields=["approval_status", "approved_by", "approved_at", "updated_at"])
    audit(entity=reply, action=AuditAction.APPROVED, actor=user)
    return reply


@transaction.atomic
def reply_reject(*, reply_id, user, reason: str = "") -> Reply:
    reply = _pending_reply(reply_id)
    reply.approval_status = ApprovalStatus.REJECTED
    reply.rejected_by = user
    reply.rejected_at = timezone.now()
    reply.rejection_reason = reason or None
    reply.save(
        update_fields=[
            "approval_status",
            "rejected_by",
            "rejected_at",
            "rejection_reason",
            "updated_at",
        ]
    )
    audit(entity=reply, action=AuditAction.REJECTED, actor=user, details={"reason": reason})
    return reply


@transaction.atomic
def reply_soft_delete(*, reply_id, user, reason: str) -> Reply:
    reason = (reason or "").strip()
    if not reason:
        raise DomainValidationError("A reason is required to delete a reply.", field="reason")
    reply = _locked(Reply, reply_id)
    if reply.deleted_at is not None:
        raise ConflictError("This reply is already deleted.", field="deleted_at")
    reply.deleted_at = timezone.now()
    reply.delete_reason = reason
    reply.save(update_fields=["deleted_at", "delete_reason", "updated_at"])
    audit(entity=reply, action=AuditAction.DELETED, actor=user, details={"reason": reason})
    return reply


@transaction.atomic
def reply_mark_posted(*, reply_id, platform_post_id: str, user=None, posted_at=None) -> Reply:
    reply = _locked(Reply, reply_id)
    if reply.deleted_at is not None or reply.approval_status != ApprovalStatus.APPROVED:
        raise ConflictError(
            "Only an approved, not deleted reply can be posted.", field="approval_status"
        )
    if reply.posted_at is not None:
        raise ConflictError("This reply is already posted.", field="posted_at")
    reply.platform_post_id = platform_post_id
    reply.posted_at = posted_at or timezone.now()
    try:
        validate_post_id(platform_post_id)
    except DjangoValidationError as exc:
        raise DomainValidationError(exc.messages[0], field="platform_post_id")
    reply.save(update_fields=["platform_post_id", "posted_at", "updated_at"])
    audit(
        entity=reply,
        action=AuditAction.POSTED,
        actor=user,
        details={"platform_post_id": platform_post_id},
    )
    return reply


def _validated_content(content: str) -> str:
    from engagement.models import Reply as _Reply

    field = _Reply._meta.get_field("content")
    try:
        field.run_validators(content)
    except DjangoValidationError as exc:
        raise DomainValidationError(exc.messages[0], field="content")
    return content


EDITABLE_REPLY_FIELDS = (
    "content",
    "archetype",
    "platform",
    "utm_code",
    "reply_type",
    "decision",
    "platform_post_id",
    "metrics_json",
)


def _clean(reply: Reply) -> None:
    try:
        reply.full_clean()
    except DjangoValidationError as exc:
        field, messages = next(iter(exc.message_dict.items()))
        raise DomainValidationError(messages[0], field=None if field == "__all__" else field)


@transaction.atomic
def reply_save(*, reply: Reply, actor=None, actor_label: str = "") -> Reply:
    """Save a new or edited reply (API, admin, bot alike), audited in this transaction:
    CREATED with the content, or UPDATED with before/after of the fields that changed.

    A decided (approved or posted) reply's content is final: refused here, and by
    PostgreSQL; ``reply_correct_content`` is the explicit, audited correction."""
    if reply._state.adding:
        _clean(reply)
        reply.save()
        audit(
            entity=reply,
            action=AuditAction.CREATED,
            actor=actor,
            actor_label=actor_label,
            details={"after": snapshot(reply, ["content", "approval_status", "utm_code"])},
        )
        return reply
    stored = _locked(Reply, reply.pk)
    before = snapshot(stored, EDITABLE_REPLY_FIELDS)
    after = snapshot(reply, EDITABLE_REPLY_FIELDS)
    if before == after:
        return reply
    if stored.content_is_final and before["content"] != after["content"]:
        raise ConflictError(
            "An approved or posted reply's content is final; it can only be corrected "
            "(engagement.services.reply_correct_content, audited).",
            field="content",
        )
    _clean(reply)
    reply.save()
    record_change(entity=reply, action=AuditAction.UPDATED, actor=actor, before=before, after=after)
    return reply


def reply_create(*, actor=None, actor_label: str = "", **fields) -> Reply:
    return reply_save(reply=Reply(**fields), actor=actor, actor_label=actor_label)


@transaction.atomic
def reply_update(*, reply_id, actor, **changes) -> Reply:
    reply = _locked(Reply, reply_id)
    for name, value in changes.items():
        setattr(reply, name, value)
    return reply_save(reply=reply, actor=actor)


@transaction.atomic
def reply_correct_content(*, reply_id, user, content: str, reason: str) -> Reply:
    """The one way to change a decided reply's text: audited (CORRECTED, with the reason,
    before and after) in the same transaction, which the finality trigger requires."""
    reply = _locked(Reply, reply_id)
    _validated_content(content)
    before = {"content": reply.content}
    correction(entity=reply, actor=user, reason=reason, before=before, after={"content": content})
    reply.content = content
    reply.save(update_fields=["content", "updated_at"])
    return reply


# --- escalations --------------------------------------------------------------------------


@transaction.atomic
def escalation_create(*, actor=None, actor_label: str = "", via: str = "", **fields) -> Escalation:
    """Open an escalation (API, admin, bot alike): created with an assignee it starts
    ASSIGNED; the ESCALATED audit row commits with it."""
    if fields.get("assigned_to") is not None or fields.get("assigned_to_id") is not None:
        if fields.get("status", EscalationStatus.OPEN) == EscalationStatus.OPEN:
            fields["status"] = EscalationStatus.ASSIGNED
    escalation = Escalation.objects.create(**fields)
    details = {"reason": escalation.reason, "priority": int(escalation.priority)}
    if via:
        details["via"] = via
    audit(
        entity=escalation,
        action=AuditAction.ESCALATED,
        actor=actor,
        actor_label=actor_label,
        details=details,
    )
    return escalation


def _open_escalation(pk) -> Escalation:
    escalation = _locked(Escalation, pk)
    if escalation.is_closed:
        raise ConflictError(f"This escalation is already {escalation.status}.", field="status")
    return escalation


@transaction.atomic
def escalation_assign(*, escalation_id, assignee, user) -> Escalation:
    escalation = _open_escalation(escalation_id)
    previous = escalation.assigned_to_id
    escalation.assigned_to = assignee
    escalation.status = EscalationStatus.ASSIGNED
    escalation.save(update_fields=["assigned_to", "status"])
    audit(
        entity=escalation,
        action=AuditAction.ASSIGNED,
        actor=user,
        details={"assigned_to": str(assignee.pk), "previous": str(previous) if previous else None},
    )
    return escalation


@transaction.atomic
def escalation_resolve(
    *, escalation_id, user, notes: str = "", dismiss: bool = False
) -> Escalation:
    escalation = _open_escalation(escalation_id)
    escalation.status = EscalationStatus.DISMISSED if dismiss else EscalationStatus.RESOLVED
    escalation.resolved_by = user
    escalation.resolved_at = timezone.now()
    if notes:
        escalation.resolution_notes = notes
    escalation.save(update_fields=["status", "resolved_by", "resolved_at", "resolution_notes"])
    audit(
        entity=escalation,
        action=AuditAction.DISMISSED if dismiss else AuditAction.RESOLVED,
        actor=user,
        details={"notes": notes},
    )
    return escalation


@transaction.atomic
def escalation_update(*, escalation: Escalation, changed: Iterable[str], user) -> Escalation:
    """Save edits of reason / priority / notes / assignee and audit what changed."""
    changed = [f for f in changed if f in {"reason", "priority", "resolution_notes", "assigned_to"}]
    if not changed:
        return escalation
    if "assigned_to" in changed and not escalation.is_closed:
        escalation.status = (
            EscalationStatus.ASSIGNED if escalation.assigned_to_id else EscalationStatus.OPEN
        )
        changed.append("status")
    escalation.save(update_fields=changed)
    details = {
        f: (str(getattr(escalation, f"{f}_id")) if f == "assigned_to" else getattr(escalation, f))
        for f in changed
    }
    action = AuditAction.ASSIGNED if "assigned_to" in changed else AuditAction.UPDATED
    audit(entity=escalation, action=action, actor=user, details={"changed": details})
    return escalation


# --- atomic counters ---------------------------------------------------------------------


def _bump(model, pk, field: str, by: int, **extra) -> int:
    """UPDATE ... SET field = field + by in PostgreSQL (no read-modify-write); return the value."""
    if by < 1:
        raise DomainValidationError("The increment must be a positive integer.", field="by")
    if any(f.name == "updated_at" for f in model._meta.concrete_fields):
        extra["updated_at"] = Now()
    rows = model.objects.filter(pk=pk).update(**{field: F(field) + by}, **extra)
    if not rows:
        raise NotFoundError(f"{model._meta.verbose_name} not found.")
    return model.objects.filter(pk=pk).values_list(field, flat=True).get()


def reply_increment_help_count(*, reply_id, by: int = 1) -> int:
    return _bump(Reply, reply_id, "help_count", by)


def champion_increment_engagement(*, champion_id, by: int = 1) -> int:
    return _bump(CommunityChampion, champion_id, "engagement_count", by)


def post_record_error(*, post_id, message: str) -> int:
    return _bump(Post, post_id, "error_count", 1, error_message=message[:2000])


# --- ingestion -----------------------------------------------------------------------------


@transaction.atomic
def posts_ingest(*, items: list[dict]) -> list[dict]:
    """Insert a batch of detected posts idempotently (validated dicts, see PostIngestSerializer).

    Authors are upserted on (platform, platform_id); posts are inserted with
    ON CONFLICT DO NOTHING on (platform, platform_post_id), so re-sending a batch, or two
    workers sending the same post at once, never makes a duplicate. Returns one result per
    distinct post in input order: {platform, platform_post_id, id, created}.

    Two statements for a batch of new posts (the authors' upsert, the posts' INSERT, each
    with the batch as one JSON parameter, RETURNING the ids); a third reads the ids of the
    posts that were already there, when there are any.
    """
    if len(items) > INGEST_MAX_BATCH:
        raise DomainValidationError(f"At most {INGEST_MAX_BATCH} posts per batch.", field="posts")
    authors: dict[tuple, dict] = {}
    for item in items:
        a = item["author"]
        authors[(item["platform"], a["platform_id"])] = {  # the last one sent wins
            "platform": item["platform"],
            "platform_id": a["platform_id"],
            "handle": a["handle"],
            "display_name": a.get("display_name"),
            "follower_count": a.get("follower_count", 0),
            "is_verified": a.get("is_verified", False),
        }
    with connection.cursor() as cursor:
        now = timezone.now()
        cursor.execute(AUTHORS_UPSERT_SQL, {"rows": Jsonb(list(authors.values())), "now": now})
        author_ids = {(platform, pid): pk for pk, platform, pid in cursor.fetchall()}

    posts: dict[tuple, dict] = {}
    for item in items:
        key = (item["platform"], item["platform_post_id"])
        if key in posts:
            continue
        detected = item.get("detected_at")
        posts[key] = {
            "platform": item["platform"],
            "platform_post_id": item["platform_post_id"],
            "author_id": str(author_ids[(item["platform"], item["author"]["platform_id"])]),
            "content": item["content"],
            "keyword_matches": item["keyword_matches"],
            "keyword_categories": item.get("keyword_categories") or [],
            "raw_metrics": item.get("raw_metrics") or {},
            "detected_at": detected.isoformat() if detected else None,
        }
    with connection.cursor() as cursor:
        cursor.execute(POSTS_INSERT_SQL, [Jsonb(list(posts.values()))])
        created = {(platform, pid): pk for pk, platform, pid in cursor.fetchall()}
    post_ids = dict(created)
    if len(created) < len(posts):  # some were there already (or came from a concurrent batch)
        post_ids.update(_ids_by_key(Post, "platform_post_id", posts.keys() - created.keys()))
    return [
        {
            "platform": platform,
            "platform_post_id": pid,
            "id": post_ids[(platform, pid)],
            "created": (platform, pid) in created,
        }
        for platform, pid in posts
    ]


# One statement and one parameter per table for the whole batch: the rows travel as a JSON
# array and jsonb_populate_recordset types them as table rows (arrays, jsonb, timestamps).
# A VALUES list of 500 rows x 9 placeholders cost more to build and plan than to insert.
# Authors: inserted in key order (a stable lock order between concurrent batches);
# first_seen_at is kept on conflict and last_seen_at only moves forward, so a concurrent
# batch that read the clock earlier never sets it before first_seen_at (CHECK
# engagement_author_seen_order).
AUTHORS_UPSERT_SQL = """
INSERT INTO engagement_author AS a (platform, platform_id, handle, display_name,
    follower_count, is_verified, first_seen_at, last_seen_at, updated_at)
SELECT r.platform, r.platform_id, r.handle, r.display_name, r.follower_count, r.is_verified,
    %(now)s, %(now)s, %(now)s
FROM jsonb_populate_recordset(NULL::engagement_author, %(rows)s) AS r
ORDER BY r.platform, r.platform_id
ON CONFLICT (platform, platform_id) DO UPDATE SET
    handle = EXCLUDED.handle, display_name = EXCLUDED.display_name,
    follower_count = EXCLUDED.follower_count, is_verified = EXCLUDED.is_verified,
    updated_at = EXCLUDED.updated_at,
    last_seen_at = GREATEST(a.last_seen_at, EXCLUDED.last_seen_at)
RETURNING a.id, a.platform, a.platform_id
"""

# The ids come from the column's default (gen_random_uuid()); RETURNING names the posts
# this statement created. Every CHECK and trigger of engagement_post applies.
POSTS_INSERT_SQL = """
INSERT INTO engagement_post (platform, platform_post_id, author_id, content,
    keyword_matches, keyword_categories, raw_metrics, detected_at)
SELECT r.platform, r.platform_post_id, r.author_id, r.content,
    r.keyword_matches, r.keyword_categories, r.raw_metrics, COALESCE(r.detected_at, now())
FROM jsonb_populate_recordset(NULL::engagement_post, %s) AS r
ON CONFLICT DO NOTHING
RETURNING id, platform, platform_post_id
"""


def _ids_by_key(model, key_field: str, keys: Iterable[tuple]) -> dict[tuple, uuid.UUID]:
    by_platform: dict[str, list[str]] = {}
    for platform, value in keys:
        by_platform.setdefault(platform, []).append(value)
    condition = models.Q(pk__in=[])
    for platform, values in by_platform.items():
        condition |= models.Q(platform=platform, **{f"{key_field}__in": values})
    return {
        (platform, value): pk
        for pk, platform, value in model.objects.filter(condition).values_list(
            "pk", "platform", key_field
        )
    }
