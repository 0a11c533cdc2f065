use super::*;

fn press(key: &str) -> KeyPress<'_> {
    KeyPress {
        key,
        shift: false,
        modifier: false,
        focus: Focus::Page,
    }
}

#[test]
fn p_enters_at_the_section_being_read_and_only_p() {
    assert_eq!(action_for(press("p"), false, 3), Some(Action::Enter(3)));
    assert_eq!(action_for(press("P"), false, 0), Some(Action::Enter(0)));
    assert_eq!(action_for(press("ArrowRight"), false, 0), None);
    assert_eq!(action_for(press("Escape"), false, 0), None);
}

#[test]
fn presenting_keys_move_and_leave() {
    assert_eq!(action_for(press("ArrowRight"), true, 0), Some(Action::Next));
    assert_eq!(action_for(press("PageDown"), true, 0), Some(Action::Next));
    assert_eq!(action_for(press(" "), true, 0), Some(Action::Next));
    assert_eq!(action_for(press("ArrowLeft"), true, 0), Some(Action::Prev));
    assert_eq!(action_for(press("PageUp"), true, 0), Some(Action::Prev));
    let shift_space = KeyPress {
        shift: true,
        ..press(" ")
    };
    assert_eq!(action_for(shift_space, true, 0), Some(Action::Prev));
    assert_eq!(action_for(press("Home"), true, 0), Some(Action::First));
    assert_eq!(action_for(press("End"), true, 0), Some(Action::Last));
    assert_eq!(action_for(press("ArrowDown"), true, 0), Some(Action::Next));
    assert_eq!(action_for(press("ArrowUp"), true, 0), Some(Action::Prev));
    assert_eq!(action_for(press("Escape"), true, 0), Some(Action::Leave));
    assert_eq!(action_for(press("x"), true, 0), None);
}

#[test]
fn text_fields_keep_their_keys_but_escape() {
    let field = |key| KeyPress {
        focus: Focus::TextField,
        ..press(key)
    };
    for key in [
        "ArrowRight",
        "ArrowLeft",
        "PageUp",
        "PageDown",
        " ",
        "p",
        "b",
        ".",
        "s",
        "Home",
    ] {
        assert_eq!(action_for(field(key), true, 0), None, "{key:?} in a field");
        assert_eq!(action_for(field(key), false, 0), None, "{key:?} in a field");
    }
    assert_eq!(action_for(field("Escape"), true, 0), Some(Action::Leave));
    let ctrl = KeyPress {
        modifier: true,
        ..press("p")
    };
    assert_eq!(action_for(ctrl, false, 0), None, "Ctrl+P prints");
}

#[test]
fn the_clicker_moves_the_deck_from_a_focused_control() {
    // A clicker sends these whatever has focus: a slider, a radio button or a button must not
    // take them (the page prevents their default, so the control keeps its value).
    let control = |key| KeyPress {
        focus: Focus::Control,
        ..press(key)
    };
    for key in ["PageDown", "ArrowRight", "ArrowDown", " "] {
        assert_eq!(
            action_for(control(key), true, 0),
            Some(Action::Next),
            "{key:?}"
        );
    }
    for key in ["PageUp", "ArrowLeft", "ArrowUp"] {
        assert_eq!(
            action_for(control(key), true, 0),
            Some(Action::Prev),
            "{key:?}"
        );
    }
    let shift_space = KeyPress {
        shift: true,
        ..control(" ")
    };
    assert_eq!(action_for(shift_space, true, 0), Some(Action::Prev));
    // Home and End stay a slider's; Enter stays a button's.
    assert_eq!(action_for(control("Home"), true, 0), None);
    assert_eq!(action_for(control("End"), true, 0), None);
    assert_eq!(action_for(control("Enter"), true, 0), None);
    // Not presenting, the page takes nothing from a control.
    assert_eq!(action_for(control("PageDown"), false, 0), None);
}

#[test]
fn b_or_dot_blanks_and_the_next_move_brings_the_screen_back() {
    assert_eq!(action_for(press("b"), true, 0), Some(Action::Blank));
    assert_eq!(action_for(press("B"), true, 0), Some(Action::Blank));
    assert_eq!(action_for(press("."), true, 0), Some(Action::Blank));
    assert_eq!(action_for(press("b"), false, 0), None);
    assert_eq!(action_for(press("s"), true, 0), Some(Action::Speaker));
    let p = Presentation::new(8).apply(Action::Go(2));
    let blank = p.apply(Action::Blank);
    assert!(blank.blank);
    assert_eq!(blank.index, 2, "blanking keeps the step");
    assert_eq!(blank.apply(Action::Blank), p, "and B again brings it back");
    // A clicker's next press brings the same step back, without moving on.
    for action in [Action::Next, Action::Prev, Action::First, Action::Last] {
        assert_eq!(blank.apply(action), p, "{action:?}");
    }
    assert_eq!(blank.apply(Action::Next).apply(Action::Next).index, 3);
    assert_eq!(
        blank.apply(Action::Go(5)).index,
        5,
        "a chosen step is shown"
    );
    assert!(!blank.apply(Action::Leave).blank);
    assert_eq!(
        Presentation::new(8).apply(Action::Blank),
        Presentation::new(8),
        "only while presenting"
    );
    assert_eq!(p.apply(Action::Speaker), p);
}

#[test]
fn the_index_stays_in_bounds() {
    let mut p = Presentation::new(8).apply(Action::Enter(0));
    assert!(p.active && p.at_first());
    p = p.apply(Action::Prev);
    assert_eq!(p.index, 0);
    for _ in 0..20 {
        p = p.apply(Action::Next);
    }
    assert_eq!(p.index, 7);
    assert!(p.at_last());
    assert_eq!(p.counter(), "8 / 8");
    assert_eq!(p.apply(Action::First).counter(), "1 / 8");
    assert_eq!(p.apply(Action::Go(99)).index, 7);
    assert_eq!(Presentation::new(8).apply(Action::Enter(50)).index, 7);
    let left = p.apply(Action::Leave);
    assert!(!left.active);
    assert_eq!(left.apply(Action::Next), left, "moving needs presenting");
    assert_eq!(Presentation::new(0).apply(Action::Enter(3)).index, 0);
}

#[test]
fn the_counter_counts_from_one() {
    let p = Presentation::new(8).apply(Action::Go(2));
    assert_eq!(p.counter(), "3 / 8");
    assert_eq!(p.step_attr(), "3/8");
}

#[test]
fn the_url_flag_opens_and_is_removed() {
    assert!(!Presentation::from_query("", 8).active);
    assert!(!Presentation::from_query("?price=80000", 8).active);
    assert!(!Presentation::from_query("?presenter=1", 8).active);
    let p = Presentation::from_query("?present", 8);
    assert!(p.active);
    assert_eq!(p.index, 0);
    assert_eq!(Presentation::from_query("price=1&present=3", 8).index, 2);
    assert_eq!(Presentation::from_query("present=junk", 8).index, 0);
    assert_eq!(Presentation::from_query("present=0", 8).index, 0);
    assert_eq!(
        Presentation::from_query("present=99999999999999999999999", 8).index,
        0
    );
    assert_eq!(Presentation::from_query("present=12", 8).index, 7);

    assert_eq!(
        with_present("?price=1&present&kwh=0.05", false),
        "price=1&kwh=0.05"
    );
    assert_eq!(with_present("present=2", false), "");
    assert_eq!(with_present("price=1", true), "present&price=1");
    assert_eq!(with_present("", true), "present");
    assert_eq!(with_present("presenter=1", false), "presenter=1");
}
