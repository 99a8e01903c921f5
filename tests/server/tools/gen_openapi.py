#!/usr/bin/env python3
"""Writes public/openapi.json, the written JSON contract.

The document is the source of truth; this script only keeps it consistent (every object states
`additionalProperties` and `required`, nullable fields are spelled the same way everywhere).
Edit here, run `python3 tests/server/tools/gen_openapi.py`, and commit the JSON.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
OUT = ROOT / "public" / "openapi.json"

S = {}  # component schemas


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    s = dict(schema)
    t = s["type"]
    s["type"] = [t, "null"] if isinstance(t, str) else list(t) + ["null"]
    if "enum" in s:
        s["enum"] = list(s["enum"]) + [None]
    return s


def obj(props, required=None, description=None, extra=False):
    """An object; `required=None` means every property is required."""
    o = {"type": "object", "additionalProperties": extra, "properties": props}
    o["required"] = list(props) if required is None else list(required)
    if description:
        o["description"] = description
    return o


def arr(items, **kw):
    return {"type": "array", "items": items, **kw}


STR = {"type": "string"}
INT = {"type": "integer"}
BOOL = {"type": "boolean"}
DT = {"type": "string", "format": "date-time"}
DATE = {"type": "string", "format": "date"}
ID = {"type": "string", "minLength": 1, "maxLength": 64}


def s(max_len=None, **kw):
    x = {"type": "string", **kw}
    if max_len:
        x["maxLength"] = max_len
    return x


# ---------------------------------------------------------------- common
S["LocalizedText"] = obj(
    {"nb": STR, "nn": STR, "en": STR, "sv": STR},
    description="Text in Norwegian bokmål, nynorsk, English and Swedish. All four are always present.",
)
S["FieldError"] = obj(
    {
        "pointer": s(description="JSON Pointer (RFC 6901) into the request body, e.g. `/remarks/job_title`. Empty string means the whole body. For multipart uploads the part name is used, e.g. `/document_type`."),
        "code": s(pattern="^[a-z][a-z0-9_]*$", description="Stable snake_case code: required, invalid_type, unknown_field, too_long, invalid_format, invalid_date, invalid_checksum, not_synthetic, invalid_option, invalid_email, invalid_phone, out_of_range, duplicate, limit_exceeded, unknown_round, unknown_alternative, not_in_round, unknown_question, unknown_document, missing_document, external_application, not_eligible (added in 1.2.0: an admission requirement answered as not met, in a round that does not accept unqualified applicants), not_open, deadline_passed, not_editable, budget_years_mismatch, own_contribution_too_low, not_fundable (added in 1.2.0: a budget purpose the scheme does not fund, such as individual further education), file_name_invalid (added in 1.5.0: an uploaded file's name holds a control character, U+0000-U+001F or U+007F-U+009F, or a bidirectional control, U+202A-U+202E, U+2066-U+2069, U+200E, U+200F or U+061C; at `/file`)."),
        "message": s(description="Human-readable message in Norwegian bokmål. Clients may show their own translation keyed by `code`."),
    }
)
S["Problem"] = obj(
    {
        "type": s(format="uri"),
        "title": STR,
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": STR,
        "instance": STR,
        "code": s(pattern="^[a-z][a-z0-9_]*$", description="Stable snake_case code for the whole problem, e.g. validation_failed, deadline_passed, unauthenticated, session_expired, not_found, etag_mismatch, precondition_required, idempotency_key_required, idempotency_key_reused, already_submitted, not_editable, round_locked (1.4.0), not_withdrawable, not_deletable, not_submitted, document_deadline_passed, document_in_use, file_too_large, unsupported_file_type, unsupported_media_type, malformed_json, body_required, malformed_multipart, payload_too_large, method_not_allowed, internal_error, service_unavailable."),
        "errors": arr(ref("FieldError"), minItems=1, description="Field-level errors. Required, with at least one entry, in a validation problem (422 validation_failed or deadline_passed); absent otherwise, never empty."),
    },
    required=["type", "title", "status"],
    description="RFC 9457 problem details, served as application/problem+json.",
)
# A validation problem without field errors gives the client nothing to show next to a field.
S["Problem"]["if"] = {
    "properties": {"status": {"const": 422}, "code": {"enum": ["validation_failed", "deadline_passed"]}},
    "required": ["status", "code"],
}
S["Problem"]["then"] = {"required": ["errors"]}

# ---------------------------------------------------------------- meta and session
S["Meta"] = obj(
    {
        "contract_version": {"type": "string", "pattern": "^1\\.[0-9]+\\.[0-9]+$", "description": "Semantic version; clients accept any 1.x."},
        "auth_modes": arr({"type": "string", "enum": ["test", "idporten"]}, minItems=1),
        "upload": obj(
            {
                "max_bytes": {"type": "integer", "minimum": 1},
                "accepted_types": arr(STR, minItems=1),
            }
        ),
    }
)
NATIONAL_ID = s(pattern="^[0-9]{11}$", description="Norwegian fødselsnummer or D-nummer (11 digits).")
S["User"] = obj({"national_id": NATIONAL_ID, "name": STR})
S["TestIdentity"] = obj({"national_id": NATIONAL_ID, "name": STR, "description": ref("LocalizedText")})
S["TestIdentityList"] = obj({"items": arr(ref("TestIdentity"))})
S["SessionRequest"] = obj(
    {"national_id": s(pattern="^[0-9]{11}$", description="A synthetic test fødselsnummer (month + 80) with valid control digits.")},
    required=["national_id"],
)
SUBJECT = s(
    minLength=1,
    maxLength=128,
    description="An opaque, stable id for the logged-in person: the same at every login and after server restarts, another for every other person, and never derived "
    "reversibly from (nor containing) the national id. Clients key what they keep for the person (e.g. working copies in the browser) by it, never by the national id. Added in 1.4.0.",
)
S["Session"] = obj(
    {"user": ref("User"), "subject": SUBJECT, "expires_at": {**DT, "description": "When the session ends without further activity: 30 minutes after the last authenticated call, but never later than 12 hours after login (the absolute lifetime, which activity does not extend)."}}
)
S["SessionCreated"] = obj(
    {"token": s(description="Bearer token for the Authorization header."), "user": ref("User"), "subject": SUBJECT, "expires_at": DT}
)

# ---------------------------------------------------------------- catalogue
S["Institution"] = obj(
    {"id": ID, "name": ref("LocalizedText"), "country": {"type": "string", "enum": ["NO", "SE"]}, "website": s(format="uri")}
)
S["Category"] = obj({"id": ID, "name": ref("LocalizedText")})
S["AdmissionRound"] = obj(
    {
        "id": ID,
        "institution_id": ID,
        "category_id": ID,
        "name": ref("LocalizedText"),
        "deadline": nullable({**DT, "description": "Application deadline as an instant with the local offset. Null for rolling admission or when the institution sets the deadline in its own system."}),
        "time_zone": {"type": "string", "enum": ["Europe/Oslo", "Europe/Stockholm"]},
        "document_deadline": nullable({**DT, "description": "Separate deadline for documents (ettersending). When set, required documents may be missing at submission."}),
        "rolling_admission": BOOL,
        "max_alternatives_per_application": {"type": "integer", "minimum": 1},
        "opens_at": nullable({**DT, "description": "Start of the registration window, when there is one."}),
        "requires_remarks": {"type": "boolean", "description": "Whether remarks.job_title and remarks.school_owner are required at submission."},
        "accepts_unqualified": {"type": "boolean", "description": "Whether an applicant whose answers show that an admission requirement is not met may still submit; the institution then assesses the application. When false, submission refuses each unmet requirement with `not_eligible`. Added in 1.2.0."},
    }
)
S["ChoiceOption"] = obj(
    {
        "id": ID,
        "label": ref("LocalizedText"),
        "meets_requirement": {"type": "boolean", "description": "On the options of an admission requirement (and only there): whether choosing this option meets the requirement. Added in 1.2.0."},
    },
    required=["id", "label"],
)
S["QuestionLimits"] = obj(
    {
        "max_length": {"type": "integer", "minimum": 1},
        "options": arr(ref("ChoiceOption"), description="Options for `choice` questions; the answer is the option id."),
        "min_date": DATE,
        "max_date": DATE,
    },
    required=[],
)
S["Question"] = obj(
    {
        "id": ID,
        "type": {"type": "string", "enum": ["text", "long_text", "choice", "yes_no", "date", "national_id_no", "national_id_se", "email", "phone"]},
        "label": ref("LocalizedText"),
        "help": nullable(ref("LocalizedText")),
        "required": BOOL,
        "limits": ref("QuestionLimits"),
    },
    description="A programme question. Answer types: yes_no -> boolean; date -> YYYY-MM-DD string; every other type -> string.",
)
S["Requirement"] = obj(
    {
        **S["Question"]["properties"],
        "type": {"type": "string", "enum": ["choice", "yes_no"]},
        "not_met": {**ref("LocalizedText"), "description": "Why an applicant who does not meet this requirement does not qualify, to show when the answer does not meet it."},
    },
    description=(
        "An admission requirement asked as a question (added in 1.2.0), in the Question shape. A `choice` requirement "
        "is met by an option whose `meets_requirement` is true (every option states it); a `yes_no` requirement is met "
        "by the answer true. The answer goes in the application's `answers` under the requirement's id, which is "
        "unique across the alternative's questions and requirements. Every requirement must be answered at submission."
    ),
)
S["DateRange"] = obj({"start_date": DATE, "end_date": DATE})
S["Exam"] = obj({"start_date": DATE, "end_date": DATE, "form": ref("LocalizedText")})
S["CertificateRule"] = obj(
    {"min_days_attended": {"type": "integer", "minimum": 1}, "of_days": {"type": "integer", "minimum": 1}, "text": ref("LocalizedText")}
)
S["Alternative"] = obj(
    {
        "id": ID,
        "round_id": ID,
        "number": nullable(s(description="Alternative number in the admission system, e.g. \"3393\". Changes from term to term.")),
        "code": nullable(s(description="Course code, e.g. \"LEDL6000\".")),
        "name": ref("LocalizedText"),
        "description": ref("LocalizedText"),
        "admission_requirements": ref("LocalizedText"),
        "required_document_types": arr(s(description="Id from reference-data document_types.")),
        "questions": arr(ref("Question")),
        "requirements": arr(ref("Requirement"), description="Admission requirements as questions, in the order to ask them; empty when the programme states none this way. Added in 1.2.0."),
        "sessions": arr(ref("DateRange")),
        "exam": nullable(ref("Exam")),
        "cost_note": ref("LocalizedText"),
        "external_application_url": nullable(s(format="uri", description="Set when the institution takes applications itself; such alternatives cannot be submitted through this API.")),
        "credits": nullable({"type": "number", "minimum": 0, "description": "Study credits (studiepoeng); null when the course gives none."}),
        "certificate_rule": nullable(ref("CertificateRule")),
        "registration_by": {"type": "string", "enum": ["applicant", "principal"]},
    }
)
S["Catalogue"] = obj(
    {
        "institutions": arr(ref("Institution")),
        "categories": arr(ref("Category")),
        "admission_rounds": arr(ref("AdmissionRound")),
        "alternatives": arr(ref("Alternative")),
    }
)
S["CodedValue"] = obj({"id": ID, "name": ref("LocalizedText")})
S["Region"] = obj(
    {"id": ID, "name": ref("LocalizedText"), "cooperation_forum": {**ref("LocalizedText"), "description": "The region's cooperation forum (samarbeidsforum), which makes the joint recommendation. Added in 1.2.0."}},
    description="A Statsforvalter region (the decision maker) and its cooperation forum.",
)
S["ReferenceData"] = obj(
    {
        "topics": arr(ref("CodedValue")),
        "partner_types": arr(ref("CodedValue")),
        "owner_types": arr(ref("CodedValue")),
        "statsforvalter_regions": arr(ref("Region"), description="Changed in 1.2.0: each region names its cooperation forum."),
        "document_types": arr(ref("CodedValue")),
        "own_contribution_forms": arr(ref("CodedValue"), description="salary (salary or released time), money, both. Changed in 1.2.0: `both` replaces `mixed`."),
        "partner_institutions": arr(ref("CodedValue"), description="Institutions a report may name as partner (e.g. OsloMet). Added in 1.2.0."),
        "success_conditions": arr(ref("CodedValue"), description="The conditions for success (seed 004) a report confirms or explains under anchoring. Added in 1.2.0."),
        "collaboration_forms": arr(ref("CodedValue"), description="Forms of collaboration for a measure. Added in 1.2.0."),
        "school_levels": arr(ref("CodedValue"), description="grunnskole, videregaende. Added in 1.2.0."),
        "own_contribution_rate_percent": {"type": "integer", "minimum": 0, "maximum": 100},
        "max_period_years": {"type": "integer", "minimum": 1, "maximum": 3, "description": "The longest period a needs report may cover, in school years (the scheme allows at most three)."},
        "needs_report_deadline": {**DT, "description": "The last instant a needs report can be sent, changed or withdrawn (a sent one: since 1.3.0), with the UTC offset Europe/Oslo has then; show it in that zone. 23:59 on 1 February."},
    }
)

# ---------------------------------------------------------------- editable content (draft in, content out)
VALUE_RULES = ("maxLength", "pattern", "minimum", "maximum")


def kept_as_typed(schema):
    """A save keeps any value of the right JSON type (since 1.2.0), so the stored and sent
    content carries no value limits; they are stated as submission rules instead, and a
    value breaking one is reported in the resource's `findings`."""
    if "$ref" in schema:
        return schema
    if "anyOf" in schema:
        return {**schema, "anyOf": [kept_as_typed(x) for x in schema["anyOf"]]}
    out = {k: v for k, v in schema.items() if k not in VALUE_RULES}
    if "items" in out:
        out["items"] = kept_as_typed(out["items"])
    rules = ", ".join(f"{k} {schema[k]}" for k in VALUE_RULES if k in schema)
    if rules:
        note = f"Checked at submission: {rules}."
        out["description"] = (schema["description"] + " " + note) if "description" in schema else note
    return out


def content_pair(name, props, description):
    """`<name>Draft` is the PUT/POST body (everything optional); `<name>Content` is what the server
    returns (every key present, unset values null or empty)."""
    draft_props, full_props = {}, {}
    for k, (schema_draft, schema_full) in props.items():
        draft_props[k] = kept_as_typed(schema_draft)
        full_props[k] = kept_as_typed(schema_full)
    S[f"{name}Draft"] = obj(draft_props, required=[], description=description + " Request body: every field is optional while drafting; submission checks completeness.")
    S[f"{name}Content"] = obj(full_props, description=description + " As stored: every key is present.")


def both(schema):
    return (schema, schema)


REMARK_MAX_CHARS = 1500


def nstr(max_len):
    return both(nullable(s(max_len)))


def nested(name, props):
    content_pair(name, {k: both(v) for k, v in props.items()}, name + ".")
    return (ref(f"{name}Draft"), ref(f"{name}Content"))


remarks = nested("Remarks", {
    "job_title": nullable(s(200)),
    "school_owner": nullable(s(200)),
    "remark": nullable(s(REMARK_MAX_CHARS, description=f"Free text to the institution, optional, at most {REMARK_MAX_CHARS} characters (Unicode scalar values). Added in 1.1.0.")),
})
content_pair(
    "Application",
    {
        "round_id": both(nullable(ID)),
        "alternative_ids": both(arr(ID)),
        "remarks": remarks,
        "answers": both({"type": "object", "additionalProperties": {"type": ["string", "boolean", "null"]}, "required": [], "description": "Answers keyed by question id, and (from 1.2.0) by requirement id."}),
        "document_ids": both(arr(ID)),
    },
    "An application's editable content.",
)

MONEY = nullable({"type": "integer", "minimum": 0, "maximum": 1000000000})
ITEM_ID = nullable({**ID, "description": "The item's own id, made by the client (a random UUID, say) and kept as sent, so that two versions of one report can be merged item by item: rows added, moved or removed in two places. Optional; unique within its list. Added in 1.4.0."})
ORGNR = nullable(s(pattern="^\\s*([0-9]\\s*){9}$", description="Organisasjonsnummer, 9 digits, mod-11 checked. Whitespace between the digits is ignored (`974 760 673` is `974760673`, also for `duplicate`); clients should store the digits alone."))
owner = nested("LeadOwner", {"name": nullable(s(200)), "organisation_number": ORGNR, "owner_type": nullable(s(description="Id from reference-data owner_types."))})
contact = nested("ContactPerson", {"name": nullable(s(200)), "role": nullable(s(200)), "email": nullable(s(254)), "phone": nullable(STR)})
orgref = nested("OrganisationRef", {"id": ITEM_ID, "name": nullable(s(200)), "organisation_number": ORGNR})
school = nested("School", {
    "id": ITEM_ID,
    "name": nullable(s(200)),
    "organisation_number": ORGNR,
    "level": nullable(s(description="Id from reference-data school_levels. Added in 1.2.0.")),
    "staff_count": nullable({"type": "integer", "minimum": 0, "maximum": 100000, "description": "Staff taking part. Added in 1.2.0."}),
})
S["PartnerDraft"] = obj({
    "partner_type": nullable(s(description="Id from reference-data partner_types.")),
    "institution_id": nullable({**ID, "description": "Id from reference-data partner_institutions. Added in 1.2.0 (replaces the free-text institution)."}),
    "contact": {**contact[0], "description": "The partner's contact person. Added in 1.2.0 (replaces the free-text contact)."},
    "has_read_report": nullable({"type": "boolean", "description": "The partner confirms having read the report; must be true at submission. Added in 1.2.0."}),
}, required=[], description="Partner. Request body: every field is optional while drafting; submission checks completeness.")
S["PartnerContent"] = obj({
    "partner_type": nullable(STR),
    "institution_id": nullable(ID),
    "contact": contact[1],
    "has_read_report": nullable(BOOL),
}, description="Partner. As stored: every key is present.")
partner = (ref("PartnerDraft"), ref("PartnerContent"))
need = nested("Need", {
    "competence_need": nullable(s(4000, description="The competence need.")),
    "analysis": nullable(s(4000, description="How the need was analysed.")),
    "staff_involvement": nullable(s(4000, description="How staff took part in finding it (required: the scheme demands staff involvement).")),
})
measure = nested("Measure", {
    "title": nullable(s(200)),
    "goal": nullable(s(4000)),
    "description": nullable(s(4000)),
    "collaboration_form": nullable(s(description="Id from reference-data collaboration_forms.")),
    "target_group": nullable(s(4000)),
    "participants": nullable({"type": "integer", "minimum": 0, "maximum": 100000}),
})
anchoring = nested("Anchoring", {
    "confirmed": nullable(BOOL),
    "explanation": nullable(s(2000, description="Why the condition is not (yet) met; needed when not confirmed.")),
})
period = nested("Period", {"start_school_year": nullable({"type": "integer", "minimum": 2000, "maximum": 2100, "description": "First school year, e.g. 2027 for 2027-28."}), "years": nullable({"type": "integer", "minimum": 1, "maximum": 3})})
budget_row = nested(
    "BudgetRow",
    {
        "id": ITEM_ID,
        "purpose": nullable(s(description="assess_needs, plan, carry_out, evaluate or coordinator. Any other value is kept by a save and refused at submission: invalid_option, or not_fundable for a purpose the scheme rules out (individual_further_education). Added in 1.2.0.")),
        "receiver": nullable(s(description="owner or partner. Added in 1.2.0.")),
        "amount_nok": {**MONEY, "description": "Whole kroner. Added in 1.2.0."},
    },
)
budget_year = nested(
    "BudgetYear",
    {
        "school_year": nullable({"type": "integer", "minimum": 2000, "maximum": 2100, "description": "The school year (its start year, 2027 for 2027-28)."}),
        "rows": arr(budget_row[0], description="Any number of rows (at most 10 000). Added in 1.2.0."),
        "own_contribution_nok": {**MONEY, "description": "The owner's own contribution this year. At submission at least ceil(own_contribution_rate_percent × the year's grant to the owner (rows whose receiver is owner, coordinator rows included) / 100), else own_contribution_too_low at this pointer; the report's total requirement is the sum of the years'."},
        "own_contribution_form": nullable(s(description="Id from reference-data own_contribution_forms: salary, money or both.")),
    },
)
# The budget year's rows as stored carry the Content shape.
S["BudgetYearContent"]["properties"]["rows"] = arr(budget_row[1], description="Any number of rows (at most 10 000 at submission). Added in 1.2.0.")
content_pair(
    "NeedsReport",
    {
        "region_id": both(nullable({**ID, "description": "Id from reference-data statsforvalter_regions."})),
        "lead_owner": owner,
        "contact_person": contact,
        "co_owners": (arr(orgref[0]), arr(orgref[1])),
        "schools": (arr(school[0]), arr(school[1])),
        "partner": partner,
        "need": need,
        "topic_ids": both(arr(ID, description="Ids from reference-data topics.")),
        "other_topic": both(nullable(s(500, description="Another topic, in words; enough on its own when no listed topic is chosen. Added in 1.2.0."))),
        "measure": measure,
        "anchoring": (
            {"type": "object", "additionalProperties": anchoring[0], "description": "Keyed by reference-data success_conditions id; at submission each condition is confirmed or explained. Added in 1.2.0."},
            {"type": "object", "additionalProperties": anchoring[1]},
        ),
        "period": period,
        "budget": (arr(budget_year[0]), arr(budget_year[1], description="One entry per school year of the period, in order. Changed in 1.2.0: itemised rows replace the fixed grant columns.")),
    },
    "A DeKomp needs report's (behovsmelding) editable content. All amounts are integer kroner. Changed in 1.2.0: need, measure, anchoring, other_topic and the itemised budget replace the 1.1 free-text fields and the one-row-per-year budget.",
)

S["ReceiptAttachment"] = obj({"document_id": ID, "filename": STR, "document_type": STR, "size": {"type": "integer", "minimum": 1}, "sha256": s(pattern="^[0-9a-f]{64}$")})
S["SubmissionReceipt"] = obj(
    {
        "reference_number": s(description="Human-readable reference, e.g. SOK-2027-000001 or BM-2027-000001."),
        "resource_id": ID,
        "submitted_at": DT,
        "revision": {"type": "integer", "minimum": 1, "description": "1 for the first sending; each change sent again adds one and keeps the reference number. Added in 1.2.0."},
        "attachments": arr(ref("ReceiptAttachment")),
    }
)


def resource(statuses, content, noun, late_documents=False):
    """A stored resource with the shared life cycle: draft, submit, change and send again,
    withdraw. Only applications take documents later (ettersending)."""
    props = {
        "id": ID,
        "status": {"type": "string", "enum": statuses},
        "created_at": DT,
        "updated_at": DT,
        "submitted_at": nullable(DT),
        "withdrawn_at": {**nullable(DT), "description": "Set when it was withdrawn. On needs reports added in 1.3.0."},
    }
    if late_documents:
        props["late_documents"] = arr(ref("ReceiptAttachment"), description="Documents added after the last sending (ettersending, see addLateDocument); the next sending's receipt lists them with the rest. Added in 1.2.0.")
    props["unsent_changes"] = {"type": "boolean", "description": f"The {noun} was sent and has been changed since; the change counts only when it is sent again (submit) before the deadline. Added in 1.2.0 for applications, in 1.3.0 for needs reports."}
    props["receipt"] = nullable(ref("SubmissionReceipt"))
    props["content"] = ref(content)
    props["findings"] = arr(ref("FieldError"), description="What a submission would refuse now, by field: wrong values and what is still missing, with the same pointers and codes a 422 from submit gives. Saving never refuses a value for these reasons; the client shows them when the user goes on or submits. Empty when nothing can be sent (e.g. withdrawn). Added in 1.2.0.")
    return obj(props)


S["Application"] = resource(["draft", "submitted", "withdrawn", "offer", "rejected"], "ApplicationContent", "application", late_documents=True)
S["ApplicationList"] = obj({"items": arr(ref("Application"))})
S["NeedsReport"] = resource(["draft", "submitted", "withdrawn", "recommended", "decided"], "NeedsReportContent", "report")
S["NeedsReportList"] = obj({"items": arr(ref("NeedsReport"))})
S["Document"] = obj(
    {
        "id": ID,
        "filename": s(description="The name the file was uploaded under (its last path segment, at most 200 characters), with the extension of `content_type` when it had another: a PNG uploaded as `bilde.pdf` is `bilde.png` (since 1.5.0). `jpg` and `jpeg` both fit a JPEG, in any case."),
        "content_type": {"type": "string", "enum": ["application/pdf", "image/jpeg", "image/png"]},
        "size": {"type": "integer", "minimum": 1},
        "sha256": s(pattern="^[0-9a-f]{64}$"),
        "document_type": STR,
        "remark": nullable(STR),
        "uploaded_at": DT,
    }
)
S["DocumentList"] = obj({"items": arr(ref("Document"))})
S["DocumentUpload"] = obj(
    {
        "file": {"type": "string", "contentMediaType": "application/octet-stream", "description": "The file. Its type is detected from its first bytes (PDF, JPEG, PNG), not from the declared type."},
        "document_type": s(minLength=1, description="Id from reference-data document_types."),
        "remark": s(500),
    },
    required=["file", "document_type"],
    description="Each part at most once; any other part is refused (422, field code unknown_field; a repeated part gives duplicate).",
)

# ---------------------------------------------------------------- test mode
S["FaultSettings"] = obj(
    {
        "path_prefix": s(description="Only requests whose path starts with this are affected (default /api/)."),
        "latency_ms": {"type": "integer", "minimum": 0, "maximum": 120000},
        "status": {"type": "integer", "enum": [500, 503]},
        "retry_after_seconds": {"type": "integer", "minimum": 0},
        "drop_connection": {"type": "boolean", "description": "Close the connection without a response."},
        "malformed_json": {"type": "boolean", "description": "Replace the response body with truncated JSON."},
        "unauthorized_after_requests": {"type": "integer", "minimum": 0, "description": "Let this many matching requests through, then answer 401 session_expired to those that carry a session (an Authorization header; changed in 1.4.0: before, to any, so that operations without a session answered a 401 they do not declare)."},
        "slow_upload_bytes_per_second": {"type": "integer", "minimum": 1},
        "remaining": {"type": "integer", "minimum": 1, "description": "How many matching requests the faults apply to; unlimited when absent."},
    },
    required=[],
)
S["ClockRequest"] = obj({"now": {**DT, "description": "The instant the server should treat as now; the clock keeps running from there."}})
S["ClockResponse"] = obj({"now": DT})
S["StatusOverride"] = obj(
    {
        "kind": {"type": "string", "enum": ["application", "needs_report"]},
        "id": ID,
        "status": {"type": "string", "enum": ["draft", "submitted", "withdrawn", "offer", "rejected", "recommended", "decided"]},
    }
)

# ---------------------------------------------------------------- paths
def json_content(schema_name):
    return {"application/json": {"schema": ref(schema_name)}}


def problem_resp(desc):
    return {"description": desc, "content": {"application/problem+json": {"schema": ref("Problem")}}}


RESP = {
    "BadRequest": problem_resp("Malformed request: bad JSON (malformed_json), no body where one is required (body_required), missing Idempotency-Key (idempotency_key_required)."),
    "Unauthorized": {
        **problem_resp("No valid session (code unauthenticated or session_expired)."),
        "headers": {"WWW-Authenticate": {"required": True, "schema": STR, "description": "The scheme to log in with: Bearer. Required since 1.4.0 (always sent)."}},
    },
    "NotFound": problem_resp("Not found, or not yours."),
    "Conflict": problem_resp("The resource's state does not allow this (e.g. already_submitted, deadline_passed, not_editable, round_locked, document_in_use)."),
    "PreconditionFailed": {
        **problem_resp("If-Match does not match the current ETag (code etag_mismatch). The current ETag is in the ETag header."),
        "headers": {"ETag": {"required": True, "schema": STR, "description": "The current ETag. Required since 1.4.0 (always sent)."}},
    },
    "PreconditionRequired": problem_resp("If-Match is required (code precondition_required)."),
    "UnsupportedMediaType": problem_resp("The body is not JSON, or an upload is not multipart/form-data (code unsupported_media_type); or the uploaded file is not PDF, JPEG or PNG (code unsupported_file_type)."),
    "PayloadTooLarge": problem_resp("The body or file is too large: a JSON body over 1 MiB (code payload_too_large), an upload over the limit in /meta (code file_too_large)."),
    "ValidationFailed": problem_resp("Validation failed; `errors` lists each field by JSON pointer."),
    "ServerError": {
        **problem_resp("Server error or temporarily unavailable (503 may carry Retry-After)."),
        "headers": {"Retry-After": {"schema": STR, "description": "Seconds to wait before retrying."}},
    },
}


def r(name):
    return {"$ref": f"#/components/responses/{name}"}


ETAG_H = {"ETag": {"required": True, "description": "Strong entity tag of the resource; send it back in If-Match. Required since 1.4.0 (always sent).", "schema": STR}}
LOCATION_H = {"Location": {"required": True, "schema": STR, "description": "The path of what was created. Required since 1.4.0 (always sent)."}}


def ok(schema, desc="OK", status="200", headers=None):
    x = {"description": desc, "content": json_content(schema)}
    if headers:
        x["headers"] = headers
    return {status: x}


def op(op_id, summary, responses, tags, auth=True, body=None, params=None, test_only=False, description=None):
    o = {"operationId": op_id, "summary": summary, "tags": tags, "responses": {}}
    if description:
        o["description"] = description
    if params:
        o["parameters"] = params
    if body:
        o["requestBody"] = body
    o["responses"].update(responses)
    if body and "application/json" in body["content"]:
        # Every JSON body is read the same way, so every operation that takes one can refuse it
        # in each of these ways (added to the declarations in 1.4.0: 413 and 415 were missing).
        for status, name in BODY_REFUSALS:
            o["responses"].setdefault(status, r(name))
    if auth:
        o["responses"]["401"] = r("Unauthorized")
    else:
        o["security"] = []
    o["responses"]["5XX"] = r("ServerError")
    if test_only:
        o["x-test-mode-only"] = True
        o["responses"]["404"] = r("NotFound")
    o["responses"] = dict(sorted(o["responses"].items()))
    return o


BODY_REFUSALS = [
    ("400", "BadRequest"),  # not JSON (malformed_json), or no body where one is required (body_required)
    ("413", "PayloadTooLarge"),  # more than 1 MiB (payload_too_large)
    ("415", "UnsupportedMediaType"),  # not sent as JSON (unsupported_media_type)
    ("422", "ValidationFailed"),  # not an object, an unknown field, a wrong type, an empty id
]


def jbody(schema, required=True):
    return {"required": required, "content": json_content(schema)}


P_ID = {"name": "id", "in": "path", "required": True, "schema": ID}
SHAPE_RULES = (
    "Every JSON request body is read by its shape first, on every write: an unknown field is refused with 422 unknown_field, "
    "a wrong JSON type with 422 invalid_type (an array where an object belongs included: fields are never taken from an array by position), "
    "and an id sent as an empty string (every id has minLength 1) with 422 invalid_format, each at its pointer; nothing is stored then (changed in 1.4.0: "
    "1.3 stored empty ids and read objects from arrays)."
)
P_IF_MATCH = {"$ref": "#/components/parameters/IfMatch"}
P_IF_MATCH_OPT = {"$ref": "#/components/parameters/IfMatchOptional"}
P_IDEM = {"$ref": "#/components/parameters/IdempotencyKey"}
NO_CONTENT = {"204": {"description": "Done."}}

paths = {}
paths["/api/v1/meta"] = {"get": op("getMeta", "Contract version, login modes and upload limits", ok("Meta"), ["meta"], auth=False)}
paths["/api/v1/test-identities"] = {"get": op("listTestIdentities", "Synthetic test persons for the placeholder ID-porten test login", ok("TestIdentityList"), ["session"], auth=False)}
paths["/api/v1/session"] = {
    "post": op(
        "createSession",
        "Log in (test login with a synthetic fødselsnummer)",
        {**ok("SessionCreated", "Logged in", "201"), "400": r("BadRequest"), "415": r("UnsupportedMediaType"), "422": r("ValidationFailed")},
        ["session"],
        auth=False,
        body=jbody("SessionRequest"),
        description="Both control digits and the date are checked; only synthetic numbers (month + 80) are accepted (code not_synthetic otherwise).",
    ),
    "get": op("getSession", "The current user; extends the session", ok("Session"), ["session"]),
    "delete": op("deleteSession", "Log out", NO_CONTENT, ["session"]),
}
paths["/api/v1/catalogue"] = {"get": op("getCatalogue", "Institutions, categories, admission rounds and study alternatives", ok("Catalogue"), ["catalogue"], auth=False)}
paths["/api/v1/reference-data"] = {"get": op("getReferenceData", "DeKomp topics, partner and owner types, regions, document types, own-contribution rate", ok("ReferenceData"), ["catalogue"], auth=False)}


def lifecycle(base, kind, schema, list_schema, tag, deadline, update_note=""):
    paths[f"/api/v1/{base}"] = {
        "get": op(f"list{kind}s", f"My {tag}", ok(list_schema), [tag]),
        "post": op(
            f"create{kind}",
            "Create a draft",
            {
                **ok(schema, "Created", "201", {**ETAG_H, **LOCATION_H}),
                "400": r("BadRequest"),
                "415": r("UnsupportedMediaType"),
                "422": r("ValidationFailed"),
            },
            [tag],
            body=jbody(f"{kind}Draft", required=False),
            description="Without a body the draft starts empty. A body must be a JSON object; `null` or any other JSON value is refused (422, pointer \"\", code invalid_type). " + SHAPE_RULES,
        ),
    }
    paths[f"/api/v1/{base}/{{id}}"] = {
        "parameters": [P_ID],
        "get": op(f"get{kind}", "Read one", {**ok(schema, headers=ETAG_H), "404": r("NotFound")}, [tag]),
        "put": op(
            f"update{kind}",
            "Replace the draft content",
            {
                **ok(schema, headers=ETAG_H),
                "400": r("BadRequest"),
                "404": r("NotFound"),
                "409": r("Conflict"),
                "412": r("PreconditionFailed"),
                "415": r("UnsupportedMediaType"),
                "422": r("ValidationFailed"),
                "428": r("PreconditionRequired"),
            },
            [tag],
            body=jbody(f"{kind}Draft"),
            params=[P_IF_MATCH],
            description="The body replaces the whole content, so it is required: a request without one is refused (400 body_required) and the draft is left as it was. "
            "Only the shape is refused (422 for an unknown field or a wrong JSON type, see below); values are stored as typed, however wrong or unfinished, and the answer's `findings` say what a submission would refuse (changed in 1.2.0: 1.1 refused formats and limits here)."
            + " " + SHAPE_RULES
            + f" A submitted one may be changed until {deadline}, after which this gives 409 deadline_passed (added in 1.2.0 for applications, in 1.3.0 for needs reports); the change is kept beside what was sent (`unsent_changes`) and counts once it is sent again with submit. Any other status (withdrawn, decided ...) gives 409 not_editable."
            + update_note,
        ),
        "delete": op(
            f"delete{kind}",
            "Delete a draft that was never sent",
            {"204": {"description": "Deleted."}, "404": r("NotFound"), "409": r("Conflict"), "412": r("PreconditionFailed"), "428": r("PreconditionRequired")},
            [tag],
            params=[P_IF_MATCH],
            description="Only a draft (status draft) can be deleted; anything sent gives 409 not_deletable (withdraw it instead). Added in 1.2.0.",
        ),
    }
    paths[f"/api/v1/{base}/{{id}}/submit"] = {
        "parameters": [P_ID],
        "post": op(
            f"submit{kind}",
            "Submit (idempotent)",
            {
                **ok("SubmissionReceipt", "Submitted; the same Idempotency-Key returns the same receipt.", headers={**ETAG_H, "Idempotent-Replayed": {"schema": STR, "description": "\"true\" when this is a stored response."}}),
                "400": r("BadRequest"),
                "404": r("NotFound"),
                "409": r("Conflict"),
                "412": r("PreconditionFailed"),
                "422": r("ValidationFailed"),
            },
            [tag],
            params=[P_IDEM, P_IF_MATCH_OPT],
            description="Refuses (422) when `findings` is not empty: completeness, values and the deadline (field code deadline_passed). A sent one with `unsent_changes` is sent again: a new receipt with the same reference number and the next `revision`; without changes it gives 409 already_submitted. Only successful submissions are stored under the key; after a 422 the same key may be used again. A key already used for another resource gives 422 idempotency_key_reused.",
        ),
    }
    paths[f"/api/v1/{base}/{{id}}/withdraw"] = {
        "parameters": [P_ID],
        "post": op(
            f"withdraw{kind}",
            "Withdraw (until the deadline)",
            {**ok(schema, headers=ETAG_H), "404": r("NotFound"), "409": r("Conflict"), "412": r("PreconditionFailed")},
            [tag],
            params=[P_IF_MATCH_OPT],
            description=f"A draft, or a submitted one until {deadline}, after which this gives 409 deadline_passed. The status becomes withdrawn, and it can no longer be changed (PUT gives 409 not_editable) or sent. Any other status gives 409 not_withdrawable. For needs reports added in 1.3.0.",
        ),
    }


lifecycle(
    "applications", "Application", "Application", "ApplicationList", "applications",
    "the deadline of the round it was sent in (with rolling admission: at any time)",
    " A sent application keeps the round it was sent in: a change of `round_id` (to another round, or null) gives 409 round_locked and nothing is stored; "
    "its deadline for changes, withdrawal and late documents is always that round's (added in 1.4.0: before, the working copy's round counted).",
)
S["LateDocument"] = obj({"document_id": ID})
paths["/api/v1/applications/{id}/late-documents"] = {
    "parameters": [P_ID],
    "post": op(
        "addLateDocument",
        "Add a document to a sent application (ettersending)",
        {**ok("Application", headers=ETAG_H), "400": r("BadRequest"), "404": r("NotFound"), "409": r("Conflict"), "412": r("PreconditionFailed"), "422": r("ValidationFailed")},
        ["applications"],
        body=jbody("LateDocument"),
        params=[P_IF_MATCH_OPT],
        description="Attaches one of the user's documents to what was sent, without sending the application again, until the round's `document_deadline`, or its `deadline` when it has none (no limit with rolling admission). The document is listed in `late_documents` until the next sending. "
        "409 not_submitted for an application that is not sent (a draft takes documents by PUT), 409 document_deadline_passed after the limit; 422 at `/document_id`: unknown_document, or duplicate when it was already sent, or invalid_format when it is empty (1.4.0). Added in 1.2.0.",
    ),
}
paths["/api/v1/documents"] = {
    "get": op("listDocuments", "My documents", ok("DocumentList"), ["documents"]),
    "post": op(
        "uploadDocument",
        "Upload a document",
        {
            **ok("Document", "Stored", "201", LOCATION_H),
            "400": r("BadRequest"),
            "413": r("PayloadTooLarge"),
            "415": r("UnsupportedMediaType"),
            "422": r("ValidationFailed"),
        },
        ["documents"],
        body={"required": True, "content": {"multipart/form-data": {"schema": ref("DocumentUpload"), "encoding": {"file": {"contentType": "application/pdf, image/jpeg, image/png"}}}}},
        description="Multipart fields `file`, `document_type`, optional `remark`. At most 15728640 bytes (see /meta). The type is read from the file's first bytes, not its name, and the stored `filename` takes that type's extension (since 1.5.0). A file name holding a control character (U+0000-U+001F, U+007F-U+009F) or a bidirectional control (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C), which would make the name show as something else, is refused: 422 with the field error `file_name_invalid` at `/file` (since 1.5.0).",
    ),
}
paths["/api/v1/documents/{id}"] = {
    "parameters": [P_ID],
    "delete": op(
        "deleteDocument",
        "Delete a document (also detaches it from drafts)",
        {**NO_CONTENT, "404": r("NotFound"), "409": r("Conflict")},
        ["documents"],
        description="409 document_in_use when it is attached to a submitted application.",
    ),
}
paths["/api/v1/documents/{id}/content"] = {
    "parameters": [P_ID],
    "get": op(
        "getDocumentContent",
        "Download the stored file",
        {
            "200": {
                "description": "The file as uploaded, with the Content-Type detected at upload (the document's `content_type`).",
                "headers": {
                    "Content-Disposition": {"required": True, "schema": s(pattern="^attachment; *filename=\"[^\"]*\"", description="Always attachment (never shown inline), with the uploaded file name (characters outside printable ASCII, quotes and backslashes as _)."), "description": "Required since 1.4.0."},
                    "Content-Length": {"required": True, "schema": s(pattern="^[0-9]+$"), "description": "The document's `size`. Required since 1.4.0."},
                    "ETag": {"required": True, "schema": STR, "description": "The document's sha256 in quotes. Required since 1.4.0."},
                    "X-Content-Type-Options": {"required": True, "schema": {"type": "string", "const": "nosniff"}, "description": "The browser must not guess another type. Declared in 1.4.0 (always sent)."},
                },
                "content": {t: {"schema": {"type": "string", "contentMediaType": t}} for t in ["application/pdf", "image/jpeg", "image/png"]},
            },
            "404": r("NotFound"),
        },
        ["documents"],
    ),
}
lifecycle("needs-reports", "NeedsReport", "NeedsReport", "NeedsReportList", "needs-reports", "reference data's `needs_report_deadline`")

paths["/api/v1/_test/faults"] = {
    "post": op("setFaults", "Inject faults (test mode only)", {**NO_CONTENT, "400": r("BadRequest"), "422": r("ValidationFailed")}, ["test"], auth=False, body=jbody("FaultSettings"), test_only=True),
    "delete": op("clearFaults", "Clear faults (test mode only)", NO_CONTENT, ["test"], auth=False, test_only=True),
}
paths["/api/v1/_test/clock"] = {
    "post": op("setClock", "Override the server clock (test mode only)", {**ok("ClockResponse"), "400": r("BadRequest"), "422": r("ValidationFailed")}, ["test"], auth=False, body=jbody("ClockRequest"), test_only=True),
    "delete": op("clearClock", "Back to the real clock (test mode only)", ok("ClockResponse"), ["test"], auth=False, test_only=True),
}
paths["/api/v1/_test/reset"] = {
    "post": op("resetData", "Wipe all data and faults; catalogue deadlines are recomputed from the current clock (test mode only)", NO_CONTENT, ["test"], auth=False, test_only=True),
}
paths["/api/v1/_test/status"] = {
    "post": op(
        "overrideStatus",
        "Set an application's or needs report's status, e.g. offer or recommended (test mode only)",
        {"200": {"description": "The updated resource (Application or NeedsReport).", "headers": ETAG_H, "content": {"application/json": {"schema": {"oneOf": [ref("Application"), ref("NeedsReport")]}}}}, "400": r("BadRequest"), "422": r("ValidationFailed")},
        ["test"],
        auth=False,
        body=jbody("StatusOverride"),
        test_only=True,
    ),
}

doc = {
    "openapi": "3.1.0",
    "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
    "info": {
        "title": "Skoleleder API",
        "version": "1.5.0",
        "summary": "Applications for school-leader programmes and DeKomp needs reports",
        "description": (
            "The single contract between the web app and any backend. All paths are under /api/v1. "
            "Every error is RFC 9457 application/problem+json with a stable `code`; validation errors (422) list "
            "`errors[]` with a JSON pointer into the request body. Authenticated calls use `Authorization: Bearer <token>` "
            "from POST /api/v1/session; each extends the session, which ends after 30 minutes of inactivity and in any case 12 hours after login. "
            "Writes to drafts use optimistic concurrency: send the last ETag in If-Match (428 without it, 412 on a mismatch). "
            "Submissions need an Idempotency-Key header. Timestamps are RFC 3339. Localised texts carry nb, nn, en and sv. "
            "Operations marked x-test-mode-only exist only on servers started in test mode and answer 404 otherwise. "
            "A backend on another origin than the app must answer CORS for the app's origin: allow the methods GET, POST, PUT and DELETE "
            "and the request headers Authorization, Content-Type, If-Match and Idempotency-Key, and expose the response headers "
            "ETag, Retry-After and Location."
        ),
        "license": {"name": "MIT", "identifier": "MIT"},
    },
    "servers": [{"url": "/", "description": "Same origin as the app (the app's config.json may point elsewhere)."}],
    "tags": [
        {"name": "meta"},
        {"name": "session"},
        {"name": "catalogue"},
        {"name": "applications"},
        {"name": "documents"},
        {"name": "needs-reports"},
        {"name": "test", "description": "Test mode only."},
    ],
    "security": [{"bearer": []}],
    "paths": paths,
    "components": {
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "Token from POST /api/v1/session."}},
        "parameters": {
            "IfMatch": {"name": "If-Match", "in": "header", "required": True, "schema": STR, "description": "The ETag from the last read or write of this resource."},
            "IfMatchOptional": {"name": "If-Match", "in": "header", "required": False, "schema": STR, "description": "When present, must match the current ETag."},
            "IdempotencyKey": {"name": "Idempotency-Key", "in": "header", "required": True, "schema": {"type": "string", "minLength": 1, "maxLength": 255}, "description": "A unique key per submission attempt (e.g. a UUID). Keys belong to the user who sent them: repeating a key returns that user's stored receipt, and another user's key is never matched against it."},
        },
        "responses": RESP,
        "schemas": dict(sorted(S.items())),
    },
}

OUT.parent.mkdir(parents=True, exist_ok=True)
OUT.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {OUT.relative_to(ROOT)}: {len(paths)} paths, {len(S)} schemas")
