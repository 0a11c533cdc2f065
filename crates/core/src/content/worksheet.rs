//! The printed worksheet and its answer key (issue 14): a name line, the page's three predictions
//! with room for reasoning, the key charts at the current scenario and a few questions. The page
//! prints them from the same DOM as the reading copy: `#print-worksheet` and `#print-answers` put
//! a class on `<html>` (`worksheet` or `answer-key`) that the print style sheet reads. The
//! predictions' answers are the page's own, computed at the current scenario (the key reveals
//! them); the title, the name line and the questions with their answers are here, in plain text,
//! written to `worksheet.html` at build time by `crates/pages` and fetched by static/boot.js when
//! a sheet is first printed (so neither the app's wasm nor the first visit carries them).

/// The buttons.
pub const PRINT_WORKSHEET: &str = "Print worksheet";
pub const PRINT_ANSWERS: &str = "Print answer key";

/// The class on `<html>` while printing each.
pub const WORKSHEET_CLASS: &str = "worksheet";
pub const ANSWERS_CLASS: &str = "answer-key";

/// The sheet's titles.
pub const TITLE: &str = "Hashwatt worksheet";
pub const ANSWERS_TITLE: &str = "Hashwatt answer key";

/// The blanks of the name line.
pub const NAME_FIELDS: &[&str] = &["Name", "Class", "Date"];

/// Under the name line: what to do with the sheet.
pub const INSTRUCTIONS: &str = "Choose an answer to each prediction, and write in the box under it why you think so. Then answer the questions at the end.";

/// Above the charts, which start a new page: on paper nothing hides an answer, so the charts
/// that give the predictions away come after all three.
pub const CHECK_TITLE: &str = "Check your predictions";
pub const CHECK_TEXT: &str = "Turn to this page only once you have written all three predictions: these charts from the page answer them, at the scenario it was printed with.";

/// A question after the predictions, with its answer for the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub ask: &'static str,
    pub answer: &'static str,
}

/// The questions, in the page's order.
pub static QUESTIONS: &[Question] = &[
    Question {
        ask: "Why can a smarter program not find a block faster than a faster computer?",
        answer: "Each hash is a lottery ticket and the next hash cannot be predicted, so the only way to win more often is to compute more hashes.",
    },
    Question {
        ask: "Look at the cost chart. What happens to the cost of a bitcoin as the power price rises, and where does mining go?",
        answer: "The cost rises with the power price, because electricity is most of it. Mining goes where power is cheapest: there it still pays when it does not elsewhere.",
    },
    Question {
        ask: "What does the Nakamoto coefficient count, and why do pools keep it small?",
        answer: "The fewest pools that together find more than half of the blocks. Miners join pools to be paid steadily, so a few big pools choose the transactions of most blocks.",
    },
    Question {
        ask: "Why may AI move the other way, toward our own devices?",
        answer: "Training the largest models needs data centres, but small quantized models run on the phones and laptops people already own.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_are_plain_questions_with_answers_and_no_figures() {
        assert!((3..=5).contains(&QUESTIONS.len()));
        for q in QUESTIONS {
            assert!(q.ask.ends_with('?'), "{}", q.ask);
            assert!(q.answer.ends_with('.'), "{}", q.answer);
            for text in [q.ask, q.answer] {
                // Plain text (rendered as is) and no number that `data` would have to back.
                assert!(!text.contains(['[', ']', '*', '{']), "{text}");
                assert!(!text.chars().any(|c| c.is_ascii_digit()), "{text}");
            }
        }
        assert_ne!(WORKSHEET_CLASS, ANSWERS_CLASS);
    }
}
