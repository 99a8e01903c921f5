//! Programme catalogue and reference data, built from the public pages in the project's seeds.
//!
//! Deadlines are given as local dates; the server turns each into its next occurrence after an
//! anchor instant (the clock when the data directory was opened or last reset), so development
//! data stays open for applications.

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use serde::Serialize;

use crate::clock::{cet_local, next_occurrence, rfc3339};

#[derive(Debug, Clone, Serialize)]
pub struct Text {
    pub nb: String,
    pub nn: String,
    pub en: String,
    pub sv: String,
}

pub fn t(nb: &str, nn: &str, en: &str, sv: &str) -> Text {
    Text {
        nb: nb.into(),
        nn: nn.into(),
        en: en.into(),
        sv: sv.into(),
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Institution {
    pub id: String,
    pub name: Text,
    pub country: String,
    pub website: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Category {
    pub id: String,
    pub name: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct AdmissionRound {
    pub id: String,
    pub institution_id: String,
    pub category_id: String,
    pub name: Text,
    pub deadline: Option<String>,
    pub time_zone: String,
    pub document_deadline: Option<String>,
    pub rolling_admission: bool,
    pub max_alternatives_per_application: u32,
    pub opens_at: Option<String>,
    pub requires_remarks: bool,
    /// Whether an applicant who does not meet the admission requirements may still submit.
    pub accepts_unqualified: bool,
    #[serde(skip)]
    pub deadline_at: Option<DateTime<Utc>>,
    #[serde(skip)]
    pub opens_at_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChoiceOption {
    pub id: String,
    pub label: Text,
    /// Set on the options of an admission requirement only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meets_requirement: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Limits {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ChoiceOption>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_date: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub label: Text,
    pub help: Option<Text>,
    pub required: bool,
    pub limits: Limits,
}

/// An admission requirement asked as a question (`choice` or `yes_no`).
#[derive(Debug, Clone, Serialize)]
pub struct Requirement {
    #[serde(flatten)]
    pub question: Question,
    pub not_met: Text,
}

impl Requirement {
    /// Whether `answer` meets the requirement: a meeting option, or yes.
    pub fn is_met_by(&self, answer: &serde_json::Value) -> bool {
        match answer {
            serde_json::Value::Bool(yes) => self.question.kind == "yes_no" && *yes,
            serde_json::Value::String(id) => self
                .question
                .limits
                .options
                .iter()
                .flatten()
                .any(|o| &o.id == id && o.meets_requirement == Some(true)),
            _ => false,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DateRange {
    pub start_date: String,
    pub end_date: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Exam {
    pub start_date: String,
    pub end_date: String,
    pub form: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct CertificateRule {
    pub min_days_attended: u32,
    pub of_days: u32,
    pub text: Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alternative {
    pub id: String,
    pub round_id: String,
    pub number: Option<String>,
    pub code: Option<String>,
    pub name: Text,
    pub description: Text,
    pub admission_requirements: Text,
    pub required_document_types: Vec<String>,
    pub questions: Vec<Question>,
    pub requirements: Vec<Requirement>,
    pub sessions: Vec<DateRange>,
    pub exam: Option<Exam>,
    pub cost_note: Text,
    pub external_application_url: Option<String>,
    pub credits: Option<f64>,
    pub certificate_rule: Option<CertificateRule>,
    pub registration_by: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    pub institutions: Vec<Institution>,
    pub categories: Vec<Category>,
    pub admission_rounds: Vec<AdmissionRound>,
    pub alternatives: Vec<Alternative>,
}

impl Catalogue {
    pub fn round(&self, id: &str) -> Option<&AdmissionRound> {
        self.admission_rounds.iter().find(|r| r.id == id)
    }
    pub fn alternative(&self, id: &str) -> Option<&Alternative> {
        self.alternatives.iter().find(|a| a.id == id)
    }
}

fn range(a: &str, b: &str) -> DateRange {
    DateRange {
        start_date: a.into(),
        end_date: b.into(),
    }
}

fn simple_round(
    id: &str,
    institution_id: &str,
    name: Text,
    rolling_admission: bool,
    time_zone: &str,
) -> AdmissionRound {
    AdmissionRound {
        id: id.into(),
        institution_id: institution_id.into(),
        category_id: "videreutdanning-oppdrag".into(),
        name,
        deadline: None,
        time_zone: time_zone.into(),
        document_deadline: None,
        rolling_admission,
        max_alternatives_per_application: 1,
        opens_at: None,
        requires_remarks: true,
        accepts_unqualified: false,
        deadline_at: None,
        opens_at_at: None,
    }
}

fn with_deadline(
    mut r: AdmissionRound,
    anchor: DateTime<Utc>,
    month: u32,
    day: u32,
) -> AdmissionRound {
    let d = next_occurrence(anchor, month, day, 23, 59);
    r.deadline = Some(rfc3339(&d));
    r.deadline_at = Some(d.with_timezone(&Utc));
    r
}

fn leader_module_requirements() -> Text {
    t(
        "Fullført og bestått Nasjonal rektorutdanning (30 studiepoeng) eller minst 30 (eller 15+15) studiepoeng i ledelse eller tilsvarende. Du må være ansatt som leder i skole (rektor, assisterende rektor, avdelingsleder, inspektør eller annen stilling med lederansvar), dokumentert av skoleeier.",
        "Fullført og bestått Nasjonal rektorutdanning (30 studiepoeng) eller minst 30 (eller 15+15) studiepoeng i leiing eller tilsvarande. Du må vere tilsett som leiar i skule (rektor, assisterande rektor, avdelingsleiar, inspektør eller anna stilling med leiaransvar), dokumentert av skuleeigar.",
        "Completed and passed the National Principal Programme (30 credits) or at least 30 (or 15+15) credits in leadership or equivalent. You must be employed as a school leader (principal, deputy principal, head of department, inspector or another position with leadership responsibility), documented by the school owner.",
        "Genomförd och godkänd nationell rektorsutbildning i Norge (30 högskolepoäng) eller minst 30 (eller 15+15) högskolepoäng i ledarskap eller motsvarande. Du måste vara anställd som skolledare, styrkt av huvudmannen.",
    )
}

fn udir_cost_note() -> Text {
    t(
        "Studieplassene er finansiert av Utdanningsdirektoratet. Litteratur, reise og opphold i forbindelse med samlingene dekker du selv.",
        "Studieplassane er finansierte av Utdanningsdirektoratet. Litteratur, reise og opphald i samband med samlingane dekkjer du sjølv.",
        "The places are funded by the Norwegian Directorate for Education and Training. You pay for literature, travel and accommodation for the sessions.",
        "Studieplatserna finansieras av Utdanningsdirektoratet. Litteratur, resor och boende i samband med träffarna betalar du själv.",
    )
}

/// A Udir-funded leader module with no extras; callers override what differs.
fn leader_module(id: &str, round_id: &str, name: Text, description: Text) -> Alternative {
    Alternative {
        id: id.into(),
        round_id: round_id.into(),
        number: None,
        code: None,
        name,
        description,
        admission_requirements: leader_module_requirements(),
        required_document_types: vec![],
        questions: vec![],
        requirements: vec![leadership_education(), school_leader_employment()],
        sessions: vec![],
        exam: None,
        cost_note: udir_cost_note(),
        external_application_url: None,
        credits: None,
        certificate_rule: None,
        registration_by: "applicant".into(),
    }
}

fn option(id: &str, label: Text, meets_requirement: bool) -> ChoiceOption {
    ChoiceOption {
        id: id.into(),
        label,
        meets_requirement: Some(meets_requirement),
    }
}

fn requirement(
    id: &str,
    label: Text,
    help: Text,
    options: Vec<ChoiceOption>,
    not_met: Text,
) -> Requirement {
    let mut question = q(
        id,
        "choice",
        label,
        true,
        Limits {
            options: Some(options),
            ..Limits::default()
        },
    );
    question.help = Some(help);
    Requirement { question, not_met }
}

/// (a) of the leader modules: Nasjonal rektorutdanning or 30 credits in leadership.
fn leadership_education() -> Requirement {
    requirement(
        "leadership_education",
        t("Hvilken utdanning i ledelse har du?", "Kva utdanning i leiing har du?", "What education in leadership do you have?", "Vilken utbildning i ledarskap har du?"),
        t("Velg det som passer best. Dokumentasjonen legger du ved senere.", "Vel det som passar best. Dokumentasjonen legg du ved seinare.", "Choose what fits best. You attach the documentation later.", "Välj det som passar bäst. Intygen bifogar du senare."),
        vec![
            option("rektorutdanning", t("Bestått Nasjonal rektorutdanning (30 studiepoeng)", "Bestått Nasjonal rektorutdanning (30 studiepoeng)", "Passed the National Principal Programme (30 credits)", "Godkänd nationell rektorsutbildning i Norge (30 högskolepoäng)"), true),
            option("leadership_30", t("30 studiepoeng i ledelse i ett emne", "30 studiepoeng i leiing i eitt emne", "30 credits in leadership in one course", "30 högskolepoäng i ledarskap i en kurs"), true),
            option("leadership_15_15", t("15 + 15 studiepoeng i ledelse", "15 + 15 studiepoeng i leiing", "15 + 15 credits in leadership", "15 + 15 högskolepoäng i ledarskap"), true),
            option("none", t("Ingen av disse", "Ingen av desse", "None of these", "Ingen av dessa"), false),
        ],
        t(
            "Du må ha bestått Nasjonal rektorutdanning eller ha minst 30 studiepoeng i ledelse (30 i ett emne eller 15 + 15).",
            "Du må ha bestått Nasjonal rektorutdanning eller ha minst 30 studiepoeng i leiing (30 i eitt emne eller 15 + 15).",
            "You must have passed the National Principal Programme or have at least 30 credits in leadership (30 in one course or 15 + 15).",
            "Du måste ha godkänd nationell rektorsutbildning eller minst 30 högskolepoäng i ledarskap (30 i en kurs eller 15 + 15).",
        ),
    )
}

/// (b) of the leader modules: employed as a school leader.
fn school_leader_employment() -> Requirement {
    requirement(
        "school_leader_employment",
        t("Er du ansatt som leder i skole?", "Er du tilsett som leiar i skule?", "Are you employed as a school leader?", "Är du anställd som skolledare?"),
        t("Skoleeieren må bekrefte stillingen og stillingsprosenten.", "Skuleeigaren må stadfeste stillinga og stillingsprosenten.", "The school owner must confirm the position and its percentage.", "Huvudmannen måste intyga tjänsten och tjänstgöringsgraden."),
        vec![
            option("rektor", t("Ja, som rektor", "Ja, som rektor", "Yes, as principal", "Ja, som rektor"), true),
            option("assisterende_rektor", t("Ja, som assisterende rektor", "Ja, som assisterande rektor", "Yes, as deputy principal", "Ja, som biträdande rektor"), true),
            option("avdelingsleder", t("Ja, som avdelingsleder", "Ja, som avdelingsleiar", "Yes, as head of department", "Ja, som avdelningschef"), true),
            option("inspektor", t("Ja, som inspektør", "Ja, som inspektør", "Yes, as inspector", "Ja, som inspektör"), true),
            option("other_leader", t("Ja, i en annen stilling med lederansvar", "Ja, i ei anna stilling med leiaransvar", "Yes, in another position with leadership responsibility", "Ja, i en annan tjänst med ledningsansvar"), true),
            option("not_employed", t("Nei, jeg er ikke ansatt som leder i skole", "Nei, eg er ikkje tilsett som leiar i skule", "No, I am not employed as a school leader", "Nej, jag är inte anställd som skolledare"), false),
        ],
        t(
            "Studiet er for ledere i skolen: du må være ansatt som rektor, assisterende rektor, avdelingsleder, inspektør eller i en annen stilling med lederansvar.",
            "Studiet er for leiarar i skulen: du må vere tilsett som rektor, assisterande rektor, avdelingsleiar, inspektør eller i ei anna stilling med leiaransvar.",
            "The programme is for school leaders: you must be employed as principal, deputy principal, head of department, inspector or in another position with leadership responsibility.",
            "Utbildningen är för skolledare: du måste vara anställd som rektor, biträdande rektor, avdelningschef, inspektör eller i en annan tjänst med ledningsansvar.",
        ),
    )
}

/// (c) of SLED6000: general study competence or prior learning.
fn study_competence() -> Requirement {
    requirement(
        "study_competence",
        t("Har du generell studiekompetanse?", "Har du generell studiekompetanse?", "Do you have general university admission certification?", "Har du grundläggande behörighet för högskolestudier?"),
        t("Realkompetanse er kunnskap fra arbeid og annen erfaring som kan tre i stedet for generell studiekompetanse.", "Realkompetanse er kunnskap frå arbeid og anna erfaring som kan tre i staden for generell studiekompetanse.", "Prior learning is knowledge from work and other experience that can take the place of general admission certification.", "Reell kompetens är kunskaper från arbete och annan erfarenhet som kan ersätta grundläggande behörighet."),
        vec![
            option("general", t("Ja, generell studiekompetanse", "Ja, generell studiekompetanse", "Yes, general admission certification", "Ja, grundläggande behörighet"), true),
            option("prior_learning", t("Ja, gjennom realkompetanse", "Ja, gjennom realkompetanse", "Yes, through prior learning", "Ja, genom reell kompetens"), true),
            option("neither", t("Nei, ingen av delene", "Nei, ingen av delane", "No, neither", "Nej, ingetdera"), false),
        ],
        t(
            "Du må ha generell studiekompetanse eller tilsvarende realkompetanse.",
            "Du må ha generell studiekompetanse eller tilsvarande realkompetanse.",
            "You must have general university admission certification or equivalent prior learning.",
            "Du måste ha grundläggande behörighet eller motsvarande reell kompetens.",
        ),
    )
}

fn q(id: &str, kind: &str, label: Text, required: bool, limits: Limits) -> Question {
    Question {
        id: id.into(),
        kind: kind.into(),
        label,
        help: None,
        required,
        limits,
    }
}

fn choice(id: &str, label: Text) -> ChoiceOption {
    ChoiceOption {
        id: id.into(),
        label,
        meets_requirement: None,
    }
}

fn text_limit(n: u32) -> Limits {
    Limits {
        max_length: Some(n),
        ..Limits::default()
    }
}

/// Builds the catalogue with deadlines relative to `anchor`.
pub fn build(anchor: DateTime<Utc>) -> Catalogue {
    let institutions = vec![
        Institution {
            id: "oslomet".into(),
            name: t(
                "OsloMet – storbyuniversitetet",
                "OsloMet – storbyuniversitetet",
                "OsloMet – Oslo Metropolitan University",
                "OsloMet – storstadsuniversitetet",
            ),
            country: "NO".into(),
            website: "https://www.oslomet.no/".into(),
        },
        Institution {
            id: "hvl".into(),
            name: t(
                "Høgskulen på Vestlandet",
                "Høgskulen på Vestlandet",
                "Western Norway University of Applied Sciences",
                "Høgskulen på Vestlandet",
            ),
            country: "NO".into(),
            website: "https://www.hvl.no/".into(),
        },
        Institution {
            id: "uio".into(),
            name: t(
                "Universitetet i Oslo",
                "Universitetet i Oslo",
                "University of Oslo",
                "Universitetet i Oslo",
            ),
            country: "NO".into(),
            website: "https://www.uio.no/".into(),
        },
        Institution {
            id: "bi".into(),
            name: t(
                "Handelshøyskolen BI",
                "Handelshøgskulen BI",
                "BI Norwegian Business School",
                "Handelshøyskolen BI",
            ),
            country: "NO".into(),
            website: "https://www.bi.no/".into(),
        },
        Institution {
            id: "mdu".into(),
            name: t(
                "Mälardalens universitet",
                "Mälardalens universitet",
                "Mälardalen University",
                "Mälardalens universitet",
            ),
            country: "SE".into(),
            website: "https://www.mdu.se/".into(),
        },
    ];
    let categories = vec![
        Category {
            id: "videreutdanning-oppdrag".into(),
            name: t(
                "Videreutdanning og oppdragsstudier",
                "Vidareutdanning og oppdragsstudium",
                "Continuing education and commissioned studies",
                "Vidareutbildning och uppdragsutbildning",
            ),
        },
        Category {
            id: "pedagogiske-internasjonale".into(),
            name: t(
                "Pedagogiske og internasjonale fag",
                "Pedagogiske og internasjonale fag",
                "Education and international studies",
                "Pedagogiska och internationella ämnen",
            ),
        },
        Category {
            id: "skolverket-uppdrag".into(),
            name: t(
                "Uppdragsutbildning via Skolverket",
                "Oppdragsutdanning via Skolverket",
                "Commissioned training through the Swedish National Agency for Education",
                "Uppdragsutbildning via Skolverket",
            ),
        },
    ];

    let mut lui = simple_round(
        "oslomet-lui-oppdrag",
        "oslomet",
        t(
            "Oppdragsstudier Fakultet for lærerutdanning og internasjonale studier",
            "Oppdragsstudium Fakultet for lærarutdanning og internasjonale studium",
            "Commissioned studies, Faculty of Teacher Education and International Studies",
            "Uppdragsutbildning, fakulteten för lärarutbildning och internationella studier",
        ),
        false,
        "Europe/Oslo",
    );
    lui.max_alternatives_per_application = 3;
    // Commissioned studies: the requirements allow "or equivalent", so the faculty assesses
    // applicants who do not meet them as stated (SLED6000's round does not).
    lui.accepts_unqualified = true;
    let lui = with_deadline(lui, anchor, 4, 3);

    let mut sled = simple_round(
        "oslomet-lui-etterutdanning",
        "oslomet",
        t(
            "Etterutdanning og oppdrag - Fakultet for lærerutdanning og internasjonale studier",
            "Etterutdanning og oppdrag - Fakultet for lærarutdanning og internasjonale studium",
            "Further training and commissions - Faculty of Teacher Education and International Studies",
            "Fortbildning och uppdrag - fakulteten för lärarutbildning och internationella studier",
        ),
        false,
        "Europe/Oslo",
    );
    sled.category_id = "pedagogiske-internasjonale".into();
    sled.max_alternatives_per_application = 3;
    let sled = with_deadline(sled, anchor, 4, 25);

    let hvl = simple_round(
        "hvl-skoleledelse",
        "hvl",
        t(
            "Videreutdanning for skoleledere, Stavanger",
            "Vidareutdanning for skuleleiarar, Stavanger",
            "Continuing education for school leaders, Stavanger",
            "Vidareutbildning för skolledare, Stavanger",
        ),
        false,
        "Europe/Oslo",
    );
    let uio = simple_round(
        "uio-skoleledelse",
        "uio",
        t(
            "Videreutdanning for skoleledere, Tromsø",
            "Vidareutdanning for skuleleiarar, Tromsø",
            "Continuing education for school leaders, Tromsø",
            "Vidareutbildning för skolledare, Tromsø",
        ),
        false,
        "Europe/Oslo",
    );
    let bi = simple_round(
        "bi-skoleledelse",
        "bi",
        t(
            "Videreutdanning for skoleledere, løpende opptak",
            "Vidareutdanning for skuleleiarar, løpande opptak",
            "Continuing education for school leaders, rolling admission",
            "Vidareutbildning för skolledare, löpande antagning",
        ),
        true,
        "Europe/Oslo",
    );

    let mut mdu = simple_round(
        "skolverket-kollegialt-larande",
        "mdu",
        t(
            "Anmelding via Skolverket: Att leda kollegialt lärande",
            "Melding via Skolverket: Att leda kollegialt lärande",
            "Registration through Skolverket: Leading collegial learning",
            "Anmälan via Skolverket: Att leda kollegialt lärande",
        ),
        false,
        "Europe/Stockholm",
    );
    mdu.category_id = "skolverket-uppdrag".into();
    mdu.requires_remarks = false;
    let mdu = with_deadline(mdu, anchor, 4, 19);
    let mdu = {
        let mut r = mdu;
        let deadline_year = crate::clock::to_cet(r.deadline_at.expect("deadline")).year();
        let opens = cet_local(
            NaiveDate::from_ymd_opt(deadline_year, 3, 15)
                .expect("date")
                .and_hms_opt(0, 0, 0)
                .expect("time"),
        );
        r.opens_at = Some(rfc3339(&opens));
        r.opens_at_at = Some(opens.with_timezone(&Utc));
        r
    };

    let docs = vec!["employment_confirmation".to_string(), "diploma".to_string()];
    let no_text = |nb: &str, en: &str| t(nb, nb, en, en);

    let alternatives = vec![
        Alternative {
            number: Some("3393".into()),
            code: Some("LEDL6000".into()),
            required_document_types: docs.clone(),
            sessions: vec![
                range("2024-09-16", "2024-09-17"),
                range("2024-11-19", "2024-11-20"),
                range("2025-02-12", "2025-02-13"),
                range("2025-04-23", "2025-04-24"),
            ],
            exam: Some(Exam {
                start_date: "2025-06-11".into(),
                end_date: "2025-06-12".into(),
                form: t("Muntlig", "Munnleg", "Oral", "Muntlig"),
            }),
            credits: Some(15.0),
            ..leader_module("oslomet-3393", &lui.id, t("Ledelse av lærings- og læreplanarbeid", "Leiing av lærings- og læreplanarbeid", "Leading learning and curriculum work", "Ledning av lärande och läroplansarbete"), t(
                "Modul for ledere i skolen: utvikle skolens lærende fellesskap og lede lærings- og læreplanarbeidet. Samlingsbasert over to semestre: 8 dager undervisning på fire samlinger og to litteraturwebinarer, med veiledning. Tilbys i samarbeid med Høgskolen i Innlandet på oppdrag fra Utdanningsdirektoratet. Ledergrupper kan søke sammen.",
                "Modul for leiarar i skulen: utvikle det lærande fellesskapet på skulen og leie lærings- og læreplanarbeidet. Samlingsbasert over to semester: 8 dagar undervisning på fire samlingar og to litteraturwebinar, med rettleiing. Blir tilbode i samarbeid med Høgskolen i Innlandet på oppdrag frå Utdanningsdirektoratet.",
                "A module for school leaders: develop the school's learning community and lead learning and curriculum work. Two semesters with 8 teaching days in four sessions plus two literature webinars, with supervision. Offered with the Inland Norway University of Applied Sciences, commissioned by the Directorate for Education and Training.",
                "En modul för skolledare: utveckla skolans lärande gemenskap och leda arbetet med lärande och läroplaner. Två terminer med 8 undervisningsdagar på fyra träffar och två litteraturwebbinarier, med handledning.",
            ))
        },
        Alternative {
            number: Some("3343".into()),
            code: Some("SLED6000".into()),
            admission_requirements: t(
                "Generell studiekompetanse eller tilsvarende realkompetanse, og bestått Nasjonal rektorutdanning (30 studiepoeng) eller minst 30 studiepoeng i skoleledelse eller utdanningsledelse. Du må være ansatt som leder i skole, dokumentert av skoleeier.",
                "Generell studiekompetanse eller tilsvarande realkompetanse, og bestått Nasjonal rektorutdanning (30 studiepoeng) eller minst 30 studiepoeng i skuleleiing eller utdanningsleiing. Du må vere tilsett som leiar i skule, dokumentert av skuleeigar.",
                "General university admission certification or equivalent prior learning, plus the National Principal Programme (30 credits) or at least 30 credits in school or educational leadership. You must be employed as a school leader, documented by the school owner.",
                "Grundläggande behörighet eller motsvarande reell kompetens, samt nationell rektorsutbildning (30 högskolepoäng) eller minst 30 högskolepoäng i skolledarskap. Du måste vara anställd som skolledare, styrkt av huvudmannen.",
            ),
            required_document_types: docs.clone(),
            credits: Some(15.0),
            requirements: vec![leadership_education(), school_leader_employment(), study_competence()],
            ..leader_module("oslomet-3343", &sled.id, t("Skolemiljø og ledelse", "Skulemiljø og leiing", "School environment and leadership", "Skolmiljö och ledarskap"), t(
                "Ledelse for et trygt og inkluderende skolemiljø og forebygging av mobbing og andre krenkelser. Samlingsbasert over to semestre med fem samlinger à to og tre dager i Oslo og på Hamar, seks arbeidskrav på egen arbeidsplass og veiledning i læringsgrupper.",
                "Leiing for eit trygt og inkluderande skulemiljø og førebygging av mobbing og andre krenkingar. Samlingsbasert over to semester med fem samlingar à to og tre dagar i Oslo og på Hamar.",
                "Leadership for a safe and inclusive school environment and the prevention of bullying. Two semesters with five sessions of two and three days in Oslo and Hamar, six practical assignments at your own school and supervision in learning groups.",
                "Ledarskap för en trygg och inkluderande skolmiljö och för att förebygga mobbning. Två terminer med fem träffar om två och tre dagar i Oslo och Hamar.",
            ))
        },
        Alternative {
            external_application_url: Some("https://www.hvl.no/".into()),
            ..leader_module("hvl-lplf", &hvl.id, t("Ledelse av profesjonelle læringsfellesskap", "Leiing av profesjonelle læringsfellesskap", "Leading professional learning communities", "Ledning av professionella lärgemenskaper"), no_text(
                "Studietilbud for skoleledere (1 år) i Stavanger. Søknad sendes til Høgskulen på Vestlandet.",
                "One-year programme for school leaders in Stavanger. Apply to Western Norway University of Applied Sciences.",
            ))
        },
        Alternative {
            external_application_url: Some("https://www.uio.no/".into()),
            ..leader_module("uio-lplf", &uio.id, t("Ledelse av profesjonelle læringsfellesskap", "Leiing av profesjonelle læringsfellesskap", "Leading professional learning communities", "Ledning av professionella lärgemenskaper"), no_text(
                "Studietilbud for skoleledere (1 år) i Tromsø. Søknad sendes til Universitetet i Oslo.",
                "One-year programme for school leaders in Tromsø. Apply to the University of Oslo.",
            ))
        },
        Alternative {
            external_application_url: Some("https://www.bi.no/".into()),
            ..leader_module("bi-lpl", &bi.id, t("Ledelse av profesjonsfellesskap og læreplanarbeid", "Leiing av profesjonsfellesskap og læreplanarbeid", "Leading professional communities and curriculum work", "Ledning av professionsgemenskap och läroplansarbete"), no_text(
                "Studietilbud for skoleledere (1 år) i Oslo. Løpende opptak: ta direkte kontakt med BI.",
                "One-year programme for school leaders in Oslo. Rolling admission: contact BI directly.",
            ))
        },
        Alternative {
            id: "mdu-kollegialt-larande".into(),
            round_id: mdu.id.clone(),
            number: None,
            code: None,
            name: t("Att leda kollegialt lärande", "Att leda kollegialt lärande", "Leading collegial learning", "Att leda kollegialt lärande"),
            description: t(
                "Oppdragsutdanning for deg som skal lede kollegialt arbeid med Skolverkets moduler eller webkurs. Sju heldager fordelt på fire perioder, for det meste på nett. Rektor melder deltakeren på via Skolverket.",
                "Oppdragsutdanning for deg som skal leie kollegialt arbeid med modulane eller webkursa til Skolverket. Sju heildagar fordelte på fire periodar, for det meste på nett.",
                "Commissioned training for those who will lead collegial work with Skolverket's modules or web courses. Seven full days in four periods, mostly online. The principal registers the participant through Skolverket.",
                "Uppdragsutbildning för dig som ska leda det kollegiala arbetet med Skolverkets moduler eller webbkurser. Sju heldagar fördelade på fyra perioder, till största delen på distans. Rektor anmäler deltagaren via Skolverket.",
            ),
            admission_requirements: t(
                "Legitimerte førskolelærere, lærere, fritidshjemslærere, studieveiledere på morsmål og skoleledere. Rektor bekrefter kravene.",
                "Legitimerte førskulelærarar, lærarar, fritidsheimslærarar, studierettleiarar på morsmål og skuleleiarar. Rektor stadfestar krava.",
                "Certified preschool teachers, teachers, leisure-time teachers, mother-tongue study supervisors and school leaders. The principal certifies the requirements.",
                "Legitimerade förskollärare, lärare, lärare i fritidshem, studiehandledare på modersmål och skolledare. Rektor intygar kraven.",
            ),
            required_document_types: vec![],
            requirements: vec![],
            questions: vec![
                q("participant_name", "text", t("Deltakerens navn", "Namnet til deltakaren", "Participant's name", "Deltagarens namn"), true, text_limit(200)),
                Question {
                    help: Some(t(
                        "10 eller 12 sifre, for eksempel ÅÅMMDD-NNNN.",
                        "10 eller 12 siffer, til dømes ÅÅMMDD-NNNN.",
                        "10 or 12 digits, for example YYMMDD-NNNN.",
                        "10 eller 12 siffror, till exempel ÅÅMMDD-NNNN.",
                    )),
                    ..q("participant_personnummer", "national_id_se", t("Deltakerens svenske personnummer", "Det svenske personnummeret til deltakaren", "Participant's Swedish personal identity number", "Deltagarens personnummer"), true, Limits::default())
                },
                q("participant_email", "email", t("Deltakerens e-post", "E-posten til deltakaren", "Participant's e-mail", "Deltagarens e-postadress"), true, text_limit(254)),
                q("school", "text", t("Skole", "Skule", "School", "Skola"), true, text_limit(200)),
                q("huvudman", "text", t("Skoleeier (huvudman)", "Skuleeigar (huvudman)", "School owner (huvudman)", "Huvudman"), true, text_limit(200)),
                q(
                    "module_area",
                    "text",
                    t("Valgt modulområde eller webkurs", "Valt modulområde eller webkurs", "Chosen module area or web course", "Valt modulområde eller webbkurs"),
                    true,
                    text_limit(200),
                ),
                q(
                    "school_form",
                    "choice",
                    t("Skoleform eller yrkesgruppe", "Skuleform eller yrkesgruppe", "School form or professional category", "Skolform eller yrkeskategori"),
                    true,
                    Limits {
                        options: Some(vec![
                            choice("forskola", t("Førskole", "Førskule", "Preschool", "Förskola")),
                            choice("grundskola", t("Grunnskole", "Grunnskule", "Compulsory school", "Grundskola")),
                            choice("gymnasieskola", t("Videregående skole", "Vidaregåande skule", "Upper secondary school", "Gymnasieskola")),
                            choice("komvux", t("Kommunal voksenopplæring", "Kommunal vaksenopplæring", "Municipal adult education", "Kommunal vuxenutbildning")),
                        ]),
                        ..Limits::default()
                    },
                ),
                q("principal_name", "text", t("Rektors navn", "Namnet til rektor", "Principal's name", "Rektors namn"), true, text_limit(200)),
                q("principal_phone", "phone", t("Rektors telefon", "Telefonen til rektor", "Principal's phone", "Rektors telefonnummer"), true, Limits::default()),
                q("principal_email", "email", t("Rektors e-post", "E-posten til rektor", "Principal's e-mail", "Rektors e-postadress"), true, text_limit(254)),
                q(
                    "principal_certified",
                    "yes_no",
                    t("Rektor bekrefter at deltakeren oppfyller kravene", "Rektor stadfestar at deltakaren oppfyller krava", "The principal certifies that the participant meets the requirements", "Rektor intygar att deltagaren uppfyller kraven"),
                    true,
                    Limits::default(),
                ),
                q(
                    "start_date_wish",
                    "date",
                    t("Ønsket oppstart", "Ønskt oppstart", "Preferred start", "Önskad start"),
                    false,
                    Limits {
                        min_date: Some(format!("{}-06-01", crate::clock::to_cet(anchor).year())),
                        ..Limits::default()
                    },
                ),
            ],
            sessions: vec![],
            exam: None,
            cost_note: t("Gratis for deltakeren.", "Gratis for deltakaren.", "Free of charge for the participant.", "Kursen är avgiftsfri för dig som deltagare."),
            external_application_url: None,
            credits: None,
            certificate_rule: Some(CertificateRule {
                min_days_attended: 5,
                of_days: 7,
                text: t(
                    "Gir ikke studiepoeng. Kursbevis krever oppmøte minst fem av sju dager.",
                    "Gir ikkje studiepoeng. Kursbevis krev oppmøte minst fem av sju dagar.",
                    "No credits. A certificate requires attendance on at least five of seven days.",
                    "Utbildningen är inte poänggivande. För kursintyg krävs närvaro minst fem av sju utbildningsdagar.",
                ),
            }),
            registration_by: "principal".into(),
        },
    ];

    Catalogue {
        institutions,
        categories,
        admission_rounds: vec![lui, sled, hvl, uio, bi, mdu],
        alternatives,
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Coded {
    pub id: String,
    pub name: Text,
}

fn coded(id: &str, name: Text) -> Coded {
    Coded {
        id: id.into(),
        name,
    }
}

/// A Statsforvalter region and its cooperation forum (samarbeidsforum), which recommends the
/// region's needs reports.
#[derive(Debug, Clone, Serialize)]
pub struct Region {
    pub id: String,
    pub name: Text,
    /// Added in 1.2.0.
    pub cooperation_forum: Text,
}

fn region(c: Coded) -> Region {
    let place = c.name.en.clone();
    let place_nn = c
        .name
        .nn
        .trim_start_matches("Statsforvaltaren i ")
        .to_string();
    let place_nb = c
        .name
        .nb
        .trim_start_matches("Statsforvalteren i ")
        .to_string();
    Region {
        cooperation_forum: Text {
            nb: format!("Samarbeidsforumet for kompetanseutvikling i {place_nb}"),
            nn: format!("Samarbeidsforumet for kompetanseutvikling i {place_nn}"),
            en: format!("The cooperation forum for competence development in {place}"),
            sv: format!("Samarbetsforumet för kompetensutveckling i {}", c.name.sv),
        },
        id: c.id,
        name: c.name,
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ReferenceData {
    pub topics: Vec<Coded>,
    pub partner_types: Vec<Coded>,
    pub owner_types: Vec<Coded>,
    pub statsforvalter_regions: Vec<Region>,
    pub document_types: Vec<Coded>,
    pub own_contribution_forms: Vec<Coded>,
    /// Added in 1.2.0.
    pub partner_institutions: Vec<Coded>,
    /// The five conditions for success (seed 004). Added in 1.2.0.
    pub success_conditions: Vec<Coded>,
    /// Added in 1.2.0.
    pub collaboration_forms: Vec<Coded>,
    /// Added in 1.2.0.
    pub school_levels: Vec<Coded>,
    pub own_contribution_rate_percent: i64,
    pub max_period_years: u32,
    pub needs_report_deadline: String,
}

/// The DeKomp reference data; the report deadline is the next 1 February after `anchor`.
pub fn reference_data(anchor: DateTime<Utc>) -> ReferenceData {
    let deadline = next_occurrence(anchor, 2, 1, 23, 59);
    ReferenceData {
        topics: vec![
            coded(
                "fagfornyelsen",
                t(
                    "Implementering av fagfornyelsen",
                    "Implementering av fagfornyinga",
                    "Implementing the curriculum renewal",
                    "Införande av den förnyade läroplanen",
                ),
            ),
            coded(
                "grunnleggende-ferdigheter",
                t(
                    "Grunnleggende ferdigheter",
                    "Grunnleggjande ferdigheiter",
                    "Basic skills",
                    "Grundläggande färdigheter",
                ),
            ),
            coded(
                "begynneropplaering",
                t(
                    "Begynneropplæring",
                    "Nybyrjaropplæring",
                    "Early years teaching",
                    "Den första läs- och skrivundervisningen",
                ),
            ),
            coded(
                "mangfold-inkludering",
                t(
                    "Mangfold, inkludering og flerspråklighet",
                    "Mangfald, inkludering og fleirspråklegheit",
                    "Diversity, inclusion and multilingualism",
                    "Mångfald, inkludering och flerspråkighet",
                ),
            ),
            coded(
                "kritisk-tenkning",
                t(
                    "Kritisk tenkning i et elevaktivt klasserom",
                    "Kritisk tenking i eit elevaktivt klasserom",
                    "Critical thinking in a pupil-active classroom",
                    "Kritiskt tänkande i ett elevaktivt klassrum",
                ),
            ),
            coded(
                "ikt",
                t(
                    "Pedagogisk bruk av IKT i skolen",
                    "Pedagogisk bruk av IKT i skulen",
                    "Educational use of ICT in school",
                    "Pedagogisk användning av IT i skolan",
                ),
            ),
            coded(
                "estetiske-laeringsprosesser",
                t(
                    "Estetiske læringsprosesser",
                    "Estetiske læringsprosessar",
                    "Aesthetic learning processes",
                    "Estetiska lärprocesser",
                ),
            ),
            coded(
                "elevmedvirkning",
                t(
                    "Elevmedvirkning",
                    "Elevmedverknad",
                    "Pupil participation",
                    "Elevinflytande",
                ),
            ),
            coded(
                "skapende-praksiser",
                t(
                    "Skapende praksiser i undervisningen",
                    "Skapande praksisar i undervisninga",
                    "Creative practices in teaching",
                    "Skapande praktiker i undervisningen",
                ),
            ),
            coded(
                "norsk-andresprak",
                t(
                    "Norsk som andrespråk",
                    "Norsk som andrespråk",
                    "Norwegian as a second language",
                    "Norska som andraspråk",
                ),
            ),
            coded(
                "veiledning-nyutdannede",
                t(
                    "Veiledning for nyutdannede",
                    "Rettleiing for nyutdanna",
                    "Mentoring newly qualified teachers",
                    "Handledning av nyutexaminerade",
                ),
            ),
        ],
        partner_types: vec![
            coded(
                "university",
                t(
                    "Universitet eller høyskole",
                    "Universitet eller høgskule",
                    "University or university college",
                    "Universitet eller högskola",
                ),
            ),
            coded(
                "national_centre",
                t(
                    "Nasjonalt senter",
                    "Nasjonalt senter",
                    "National centre",
                    "Nationellt centrum",
                ),
            ),
            coded(
                "vocational_college",
                t(
                    "Fagskole",
                    "Fagskule",
                    "Vocational college",
                    "Yrkeshögskola",
                ),
            ),
            coded(
                "other",
                t(
                    "Annen partner",
                    "Anna partnar",
                    "Other partner",
                    "Annan partner",
                ),
            ),
        ],
        owner_types: vec![
            coded("kommune", t("Kommune", "Kommune", "Municipality", "Kommun")),
            coded(
                "fylkeskommune",
                t(
                    "Fylkeskommune",
                    "Fylkeskommune",
                    "County authority",
                    "Region",
                ),
            ),
            coded(
                "privat",
                t(
                    "Privat skoleeier",
                    "Privat skuleeigar",
                    "Private school owner",
                    "Enskild huvudman",
                ),
            ),
        ],
        statsforvalter_regions: [
            coded(
                "agder",
                t(
                    "Statsforvalteren i Agder",
                    "Statsforvaltaren i Agder",
                    "Agder",
                    "Agder",
                ),
            ),
            coded(
                "innlandet",
                t(
                    "Statsforvalteren i Innlandet",
                    "Statsforvaltaren i Innlandet",
                    "Innlandet",
                    "Innlandet",
                ),
            ),
            coded(
                "more-og-romsdal",
                t(
                    "Statsforvalteren i Møre og Romsdal",
                    "Statsforvaltaren i Møre og Romsdal",
                    "Møre og Romsdal",
                    "Møre og Romsdal",
                ),
            ),
            coded(
                "nordland",
                t(
                    "Statsforvalteren i Nordland",
                    "Statsforvaltaren i Nordland",
                    "Nordland",
                    "Nordland",
                ),
            ),
            coded(
                "rogaland",
                t(
                    "Statsforvalteren i Rogaland",
                    "Statsforvaltaren i Rogaland",
                    "Rogaland",
                    "Rogaland",
                ),
            ),
            coded(
                "troms-og-finnmark",
                t(
                    "Statsforvalteren i Troms og Finnmark",
                    "Statsforvaltaren i Troms og Finnmark",
                    "Troms and Finnmark",
                    "Troms och Finnmark",
                ),
            ),
            coded(
                "trondelag",
                t(
                    "Statsforvalteren i Trøndelag",
                    "Statsforvaltaren i Trøndelag",
                    "Trøndelag",
                    "Trøndelag",
                ),
            ),
            coded(
                "vestfold-og-telemark",
                t(
                    "Statsforvalteren i Vestfold og Telemark",
                    "Statsforvaltaren i Vestfold og Telemark",
                    "Vestfold and Telemark",
                    "Vestfold och Telemark",
                ),
            ),
            coded(
                "vestland",
                t(
                    "Statsforvalteren i Vestland",
                    "Statsforvaltaren i Vestland",
                    "Vestland",
                    "Vestland",
                ),
            ),
            coded(
                "ostfold-buskerud-oslo-akershus",
                t(
                    "Statsforvalteren i Østfold, Buskerud, Oslo og Akershus",
                    "Statsforvaltaren i Østfold, Buskerud, Oslo og Akershus",
                    "Østfold, Buskerud, Oslo and Akershus",
                    "Østfold, Buskerud, Oslo och Akershus",
                ),
            ),
        ]
        .into_iter()
        .map(region)
        .collect(),
        document_types: vec![
            coded(
                "employment_confirmation",
                t(
                    "Bekreftelse fra skoleeier på stilling og stillingsprosent",
                    "Stadfesting frå skuleeigar på stilling og stillingsprosent",
                    "Confirmation from the school owner of position and percentage",
                    "Intyg från huvudmannen om tjänst och tjänstgöringsgrad",
                ),
            ),
            coded(
                "diploma",
                t(
                    "Vitnemål eller karakterutskrift",
                    "Vitnemål eller karakterutskrift",
                    "Diploma or transcript of records",
                    "Examensbevis eller utdrag ur studieregistret",
                ),
            ),
            coded(
                "other",
                t(
                    "Annen dokumentasjon",
                    "Anna dokumentasjon",
                    "Other documentation",
                    "Övrig dokumentation",
                ),
            ),
        ],
        own_contribution_forms: vec![
            coded("money", t("Penger", "Pengar", "Money", "Pengar")),
            coded(
                "salary",
                t(
                    "Lønn eller frikjøpt tid",
                    "Løn eller frikjøpt tid",
                    "Salary or released time",
                    "Lön eller frikopplad tid",
                ),
            ),
            coded(
                "both",
                t(
                    "Både penger og lønn",
                    "Både pengar og løn",
                    "Both money and salary",
                    "Både pengar och lön",
                ),
            ),
        ],
        partner_institutions: [
            ("oslomet", "OsloMet – storbyuniversitetet", "OsloMet – storbyuniversitetet", "OsloMet – Oslo Metropolitan University", "OsloMet – Oslo Metropolitan University"),
            ("hvl", "Høgskulen på Vestlandet", "Høgskulen på Vestlandet", "Western Norway University of Applied Sciences", "Høgskulen på Vestlandet"),
            ("uio", "Universitetet i Oslo", "Universitetet i Oslo", "University of Oslo", "Oslo universitet"),
            ("uib", "Universitetet i Bergen", "Universitetet i Bergen", "University of Bergen", "Bergens universitet"),
            ("ntnu", "NTNU", "NTNU", "NTNU", "NTNU"),
            ("uia", "Universitetet i Agder", "Universitetet i Agder", "University of Agder", "Agders universitet"),
            ("usn", "Universitetet i Sørøst-Norge", "Universitetet i Søraust-Noreg", "University of South-Eastern Norway", "Universitetet i Sydöstra Norge"),
            ("inn", "Høgskolen i Innlandet", "Høgskulen i Innlandet", "Inland Norway University of Applied Sciences", "Högskolan i Innlandet"),
            ("nord", "Nord universitet", "Nord universitet", "Nord University", "Nord universitet"),
            ("uit", "UiT Norges arktiske universitet", "UiT Noregs arktiske universitet", "UiT The Arctic University of Norway", "UiT Norges arktiska universitet"),
            ("other", "Annen institusjon", "Anna institusjon", "Other institution", "Annan institution"),
        ]
        .into_iter()
        .map(|(id, nb, nn, en, sv)| coded(id, t(nb, nn, en, sv)))
        .collect(),
        success_conditions: vec![
            coded("staff_participation", t(
                "Arbeidet er grundig forankret gjennom medvirkning i personalet",
                "Arbeidet er grundig forankra gjennom medverknad i personalet",
                "The work is firmly anchored through staff participation",
                "Arbetet är väl förankrat genom personalens medverkan",
            )),
            coded("tailored", t(
                "Skolens forutsetninger og behov er utgangspunkt for skreddersøm",
                "Føresetnadene og behova til skulen er utgangspunkt for skreddarsaum",
                "The school's circumstances and needs are the starting point for tailoring",
                "Skolans förutsättningar och behov är utgångspunkt för skräddarsydda insatser",
            )),
            coded("leader_ownership", t(
                "Skoleledere tar eierskap til utviklingen, driver den internt og setter av godt med tid",
                "Skuleleiarar tek eigarskap til utviklinga, driv ho internt og set av god tid",
                "School leaders own the development, drive it internally and set aside ample time",
                "Skolledare tar ägarskap för utvecklingen, driver den internt och avsätter gott om tid",
            )),
            coded("roles_and_trust", t(
                "Partnerne bruker nok tid på rolleavklaring og å skape gjensidig tillit",
                "Partnarane bruker nok tid på rolleavklaring og på å skape gjensidig tillit",
                "The partners spend enough time clarifying roles and building mutual trust",
                "Parterna lägger tillräckligt med tid på rollfördelning och ömsesidigt förtroende",
            )),
            coded("classroom_trials", t(
                "Det foregår utforskning og utprøving i det enkelte klasserom",
                "Det går føre seg utforsking og utprøving i det einskilde klasserommet",
                "There is exploration and trying out in each classroom",
                "Det sker utforskande och prövande i varje klassrum",
            )),
        ],
        collaboration_forms: vec![
            coded("assess_needs", t(
                "Vurdere kompetansebehov",
                "Vurdere kompetansebehov",
                "Assessing competence needs",
                "Bedöma kompetensbehov",
            )),
            coded("school_partnership", t(
                "Langsiktig skolepartnerskap",
                "Langsiktig skulepartnarskap",
                "Long-term school partnership",
                "Långsiktigt skolpartnerskap",
            )),
            coded("learning_network", t(
                "Lærende nettverk",
                "Lærande nettverk",
                "Learning network",
                "Lärande nätverk",
            )),
        ],
        school_levels: vec![
            coded("grunnskole", t("Grunnskole", "Grunnskule", "Primary and lower secondary", "Grundskola")),
            coded("videregaende", t("Videregående opplæring", "Vidaregåande opplæring", "Upper secondary", "Gymnasieskola")),
        ],
        own_contribution_rate_percent: 30,
        max_period_years: 3,
        needs_report_deadline: rfc3339(&deadline),
    }
}
