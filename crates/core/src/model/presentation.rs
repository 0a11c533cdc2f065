//! Presentation mode for a classroom projector: one step of the deck ([`super::deck`]) per screen,
//! moved through with the keyboard or a clicker. Pure: which key does what, where the step index may
//! go, and how the URL's `present` flag is read and written (through [`crate::model::url`]). The
//! frame only renders the state and forwards keys.

use super::url::Query;

/// Where keyboard focus is when a key is pressed. A clicker sends Page Down, Page Up, the arrows and
/// Space whatever has focus, so those move the deck even from a slider or a button (whose value they
/// must then leave alone); only a field being typed into keeps its keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The page itself, a link, a section.
    Page,
    /// A button, `<summary>`, slider, radio button, checkbox or `<select>`: it keeps Enter and its
    /// other keys, but not the clicker's.
    Control,
    /// A text field, `<textarea>` or editable text: it keeps every key but Escape.
    TextField,
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
    /// Start presenting at this step index (clamped).
    Enter(usize),
    Next,
    Prev,
    First,
    Last,
    /// Jump to a step index (clamped).
    Go(usize),
    /// Blank the screen, or bring it back (`B` or `.`, as a clicker's blank button sends).
    Blank,
    /// Open the speaker view in a second window (`S`); the state itself does not change.
    Speaker,
    Leave,
}

/// The key's action, if any, given whether the page is presenting. `reading` is the step where `P`
/// starts (the first step of the section being read).
pub fn action_for(press: KeyPress<'_>, presenting: bool, reading: usize) -> Option<Action> {
    if press.modifier {
        return None;
    }
    if press.focus == Focus::TextField {
        // Escape still leaves: a field has no use for it.
        return (presenting && press.key == "Escape").then_some(Action::Leave);
    }
    if !presenting {
        return matches!(press.key, "p" | "P").then_some(Action::Enter(reading));
    }
    let on_page = press.focus == Focus::Page;
    match press.key {
        "ArrowRight" | "ArrowDown" | "PageDown" => Some(Action::Next),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(Action::Prev),
        " " | "Spacebar" => Some(if press.shift {
            Action::Prev
        } else {
            Action::Next
        }),
        // A focused slider's Home and End are its own; a clicker never sends them.
        "Home" if on_page => Some(Action::First),
        "End" if on_page => Some(Action::Last),
        "b" | "B" | "." => Some(Action::Blank),
        "s" | "S" => Some(Action::Speaker),
        "Escape" | "p" | "P" => Some(Action::Leave),
        _ => None,
    }
}

/// Presentation state: whether the page is presenting, which of `count` steps is shown, and whether
/// the screen is blanked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Presentation {
    pub active: bool,
    /// Always `< count` (or 0 when there are no steps).
    pub index: usize,
    pub count: usize,
    /// The screen is blank (`B`); the next move only brings it back.
    pub blank: bool,
}

impl Presentation {
    /// Not presenting, at the first of `count` steps.
    pub fn new(count: usize) -> Self {
        Self {
            active: false,
            index: 0,
            count,
            blank: false,
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
            blank: false,
        };
        match action {
            Action::Enter(index) | Action::Go(index) => at(index),
            // As a slide show's black screen: the clicker's next press brings back the step the
            // class was looking at, and only the one after moves on.
            Action::Next | Action::Prev | Action::First | Action::Last
                if self.active && self.blank =>
            {
                at(self.index)
            }
            Action::Next if self.active => at(self.index.saturating_add(1)),
            Action::Prev if self.active => at(self.index.saturating_sub(1)),
            Action::First if self.active => at(0),
            Action::Last if self.active => at(self.last()),
            Action::Blank if self.active => Self {
                blank: !self.blank,
                ..self
            },
            Action::Leave => Self {
                active: false,
                blank: false,
                ..self
            },
            _ => self,
        }
    }

    /// "3 / 8": the shown step, counted from 1, of all of them.
    pub fn counter(&self) -> String {
        format!("{} / {}", self.index + 1, self.count)
    }

    /// "3/8": the same, as the presentation bar's `data-step` attribute carries it for tests.
    pub fn step_attr(&self) -> String {
        format!("{}/{}", self.index + 1, self.count)
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
