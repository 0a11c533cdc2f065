//! Presentation mode for a classroom projector: one section per screen, moved through with the
//! keyboard. Pure: which key does what, where the slide index may go, and how the URL's `present`
//! flag is read and written (through [`crate::model::url`]). The frame only renders the state and
//! forwards keys.

use super::url::Query;

/// Where keyboard focus is when a key is pressed. Keys must not be stolen from the controls the
/// class is using: a slider's arrows, a field's text, a button's Space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The page itself, a link, a section.
    Page,
    /// A button or a `<summary>`: Space and Enter press it, the arrows are free.
    Button,
    /// An `<input>`, `<textarea>` or `<select>`: it keeps every key but Escape.
    FormControl,
}

/// A key press as the model needs it: `key` is `KeyboardEvent.key`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyPress<'a> {
    pub key: &'a str,
    pub shift: bool,
    /// Ctrl, Alt or Meta held: a browser or system shortcut, never ours.
    pub modifier: bool,
    pub focus: Focus,
}

/// What a key asks of presentation mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Start presenting at this section index (clamped).
    Enter(usize),
    Next,
    Prev,
    First,
    Last,
    /// Jump to a section index (clamped).
    Go(usize),
    Leave,
}

/// The key's action, if any, given whether the page is presenting. `reading` is the section being
/// read, where `P` starts.
pub fn action_for(press: KeyPress<'_>, presenting: bool, reading: usize) -> Option<Action> {
    if press.modifier {
        return None;
    }
    if press.focus == Focus::FormControl {
        // Escape still leaves: a focused slider has no use for it.
        return (presenting && press.key == "Escape").then_some(Action::Leave);
    }
    if !presenting {
        return matches!(press.key, "p" | "P").then_some(Action::Enter(reading));
    }
    let space_is_ours = press.focus == Focus::Page;
    match press.key {
        "ArrowRight" | "PageDown" => Some(Action::Next),
        "ArrowLeft" | "PageUp" => Some(Action::Prev),
        " " | "Spacebar" if space_is_ours => Some(if press.shift {
            Action::Prev
        } else {
            Action::Next
        }),
        "Home" => Some(Action::First),
        "End" => Some(Action::Last),
        "Escape" | "p" | "P" => Some(Action::Leave),
        _ => None,
    }
}

/// Presentation state: whether the page is presenting, and which of `count` sections is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presentation {
    pub active: bool,
    /// Always `< count` (or 0 when there are no sections).
    pub index: usize,
    pub count: usize,
}

impl Presentation {
    /// Not presenting, at the first of `count` sections.
    pub fn new(count: usize) -> Self {
        Self {
            active: false,
            index: 0,
            count,
        }
    }

    /// The state a page opens in, from its query string (`?present`, `?present=3`, 1-based).
    pub fn from_query(query: &str, count: usize) -> Self {
        let query = Query::parse(query);
        let mut state = Self::new(count);
        if let Some(value) = query.present() {
            let slide = value.trim().parse::<usize>().unwrap_or(1);
            state = state.apply(Action::Enter(slide.saturating_sub(1)));
        }
        state
    }

    fn last(&self) -> usize {
        self.count.saturating_sub(1)
    }

    /// The state after `action`; the index never leaves `0..count`.
    pub fn apply(self, action: Action) -> Self {
        let at = |index: usize| Self {
            active: true,
            index: index.min(self.last()),
            count: self.count,
        };
        match action {
            Action::Enter(index) | Action::Go(index) => at(index),
            Action::Next if self.active => at(self.index.saturating_add(1)),
            Action::Prev if self.active => at(self.index.saturating_sub(1)),
            Action::First if self.active => at(0),
            Action::Last if self.active => at(self.last()),
            Action::Leave => Self {
                active: false,
                ..self
            },
            _ => self,
        }
    }

    /// "3 / 8": the shown section, counted from 1, of all of them.
    pub fn counter(&self) -> String {
        format!("{} / {}", self.index + 1, self.count)
    }

    pub fn at_first(&self) -> bool {
        self.index == 0
    }

    pub fn at_last(&self) -> bool {
        self.index >= self.last()
    }
}

/// The query (without `?`) with the `present` flag set (a bare `present`, first) or removed; every
/// other pair is kept as is.
pub fn with_present(query: &str, present: bool) -> String {
    let mut query = Query::parse(query);
    query.set_present(present);
    query.to_string()
}

#[cfg(test)]
#[path = "presentation_tests.rs"]
mod tests;
