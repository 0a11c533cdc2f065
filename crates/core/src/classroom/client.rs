//! The page's side of the classroom: what a class link asks for, the work a student's page mines
//! (the server's job as a header and a share target), and which deck steps become class votes.
//! The server checks everything again; this only keeps the page from sending what cannot count.

use super::protocol::ClassStatus;
use crate::data::network::DIFFICULTY_T;
use crate::model::deck::STEPS;
use crate::model::economics::Scenario;
use crate::model::header::BlockHeader;
use crate::model::predictions::{
    laptop_block, mining_pays, pools_for_half, Answer, Question, LAPTOP_BLOCK, MINING_PAYS,
    POOLS_FOR_HALF,
};
use crate::model::search::Hit;
use crate::model::target::Target;
use crate::model::url::Query;

/// `?class=ABCD`: the page joins class ABCD on the server it came from.
pub const CLASS_KEY: &str = "class";
/// `&teacher=KEY`: the page is the teacher's dashboard (the key from the server's `Teacher:` line).
pub const TEACHER_KEY: &str = "teacher";
/// A class code: what the server makes (4 capital letters) with room to spare.
const MAX_CODE_CHARS: usize = 12;
/// The teacher's key: hex, as the server prints it.
const MAX_KEY_CHARS: usize = 128;

/// What the page's address asks the classroom client to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClassLink {
    /// A student's page for class `code`.
    Student { code: String },
    /// The teacher's dashboard for class `code`.
    Teacher { code: String, key: String },
}

impl ClassLink {
    /// Reads `?class=` (and `&teacher=`) from the page's query. `Ok(None)` without a class, so the
    /// page shows nothing of the classroom; `Err` with a sentence for a damaged link.
    pub fn from_query(query: &Query) -> Result<Option<ClassLink>, String> {
        let Some(raw) = query.get(CLASS_KEY) else {
            return Ok(None);
        };
        let code = raw.trim().to_ascii_uppercase();
        if code.is_empty()
            || code.chars().count() > MAX_CODE_CHARS
            || !code.chars().all(|c| c.is_ascii_alphanumeric())
        {
            return Err(format!(
                "This class link is damaged: \u{201c}{}\u{201d} is not a class code (letters and \
                 digits, at most {MAX_CODE_CHARS}). Ask your teacher for the link again.",
                shorten(raw, 24)
            ));
        }
        match query.get(TEACHER_KEY) {
            None => Ok(Some(ClassLink::Student { code })),
            Some(key) => {
                let key = key.trim();
                if key.is_empty()
                    || key.len() > MAX_KEY_CHARS
                    || !key.chars().all(|c| c.is_ascii_hexdigit())
                {
                    return Err(
                        "This teacher's link is damaged: its key is not the one the classroom \
                         server printed. Copy the Teacher: line again."
                            .to_string(),
                    );
                }
                Ok(Some(ClassLink::Teacher {
                    code,
                    key: key.to_string(),
                }))
            }
        }
    }

    pub fn code(&self) -> &str {
        match self {
            ClassLink::Student { code } | ClassLink::Teacher { code, .. } => code,
        }
    }
}

/// At most `max` characters of `text`, with "…" if cut (for quoting junk back to the reader).
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max).collect();
    cut.push('\u{2026}');
    cut
}

/// The link students open: the page's address with only `?class=CODE` (never the teacher's key).
pub fn students_link(origin_and_path: &str, code: &str) -> String {
    let mut query = Query::default();
    query.push(CLASS_KEY, Some(code));
    format!("{origin_and_path}?{query}")
}

/// One job from the server, ready to mine.
#[derive(Debug, Clone, PartialEq)]
pub struct Work {
    pub job: u64,
    pub header: BlockHeader,
    pub share: Target,
    pub share_difficulty: f64,
    pub block_difficulty: f64,
    pub height: u64,
}

impl Work {
    /// Reads a `job` message's fields; `Err` with a sentence if the header or target is not valid
    /// (the page then waits for the next job rather than mine something that cannot count).
    pub fn new(
        job: u64,
        header_hex: &str,
        share_bits: u32,
        share_difficulty: f64,
        block_difficulty: f64,
        height: u64,
    ) -> Result<Work, String> {
        let header = BlockHeader::parse_hex(header_hex)
            .map_err(|e| format!("The class sent a job this page cannot read: {e}"))?;
        let share = Target::from_bits(share_bits)
            .map_err(|e| format!("The class sent a share target this page cannot read: {e}"))?;
        Ok(Work {
            job,
            header,
            share,
            share_difficulty,
            block_difficulty,
            height,
        })
    }

    /// The leading zero bits the miner's workers report: every share has at least these (the
    /// target is below 2^(256 - bits)), so filtering their hits by [`Work::shares`] loses none.
    pub fn worker_zero_bits(&self) -> u32 {
        self.share.leading_zero_bits().max(1)
    }

    /// Whether a batch hashed this job's header: a batch from an older job, or one whose time the
    /// miner rolled after the 2^32 nonces ran out, is not this job's and cannot be submitted.
    pub fn is_this_job(&self, header: &BlockHeader) -> bool {
        *header == self.header
    }

    /// The nonces among a batch's `hits` (on `header`) that meet the share target, to submit.
    pub fn shares(&self, header: &BlockHeader, hits: &[Hit]) -> Vec<u32> {
        if !self.is_this_job(header) {
            return Vec::new();
        }
        hits.iter()
            .filter(|hit| self.share.is_met_by(&hit.hash))
            .map(|hit| hit.nonce)
            .collect()
    }
}

/// The deck's predict-then-reveal steps that become class votes, with their questions.
pub const VOTE_STEPS: [(&str, Question); 3] = [
    ("mine-predict", LAPTOP_BLOCK),
    ("econ-predict", MINING_PAYS),
    ("cent-predict", POOLS_FOR_HALF),
];

/// The question a deck step asks the class, if it is a prediction step.
pub fn vote_for_step(step_id: &str) -> Option<Question> {
    VOTE_STEPS
        .iter()
        .find(|(id, _)| *id == step_id)
        .map(|(_, q)| *q)
}

/// A vote's options as the server takes them: the question's choices' words.
pub fn vote_options(question: &Question) -> Vec<String> {
    question
        .choices
        .iter()
        .map(|c| c.label.to_string())
        .collect()
}

/// The deck step a presentation bar's `data-step` ("3/35", counted from 1) shows.
pub fn step_from_attr(attr: &str) -> Option<&'static str> {
    let (index, _) = attr.split_once('/')?;
    let index: usize = index.trim().parse().ok()?;
    STEPS.get(index.checked_sub(1)?).map(|s| s.id)
}

/// The class's average hash rate per student mining, from the dashboard's figures (H/s); 0 when
/// nobody mines.
pub fn mean_student_rate(status: &ClassStatus) -> f64 {
    let mining: Vec<f64> = status
        .students
        .iter()
        .map(|s| s.rate)
        .filter(|r| r.is_finite() && *r > 0.0)
        .collect();
    if mining.is_empty() {
        0.0
    } else {
        mining.iter().sum::<f64>() / mining.len() as f64
    }
}

/// The right answer to a class vote on one of the deck's questions, computed as the page computes
/// it: the laptop question at the class's average measured rate per student (the reference CPU
/// before anyone mines) and the network's dated difficulty, the pays question at the teacher's
/// scenario, the pools question from the pool snapshot.
pub fn vote_answer(
    vote: &str,
    status: Option<&ClassStatus>,
    scenario: &Scenario,
) -> Option<Answer> {
    match vote {
        id if id == LAPTOP_BLOCK.id => laptop_block(
            status.map_or(0.0, mean_student_rate),
            DIFFICULTY_T.value * 1e12,
        ),
        id if id == MINING_PAYS.id => mining_pays(scenario),
        id if id == POOLS_FOR_HALF.id => pools_for_half(),
        _ => None,
    }
}
