use super::names::*;

#[test]
fn names_are_trimmed_and_spaces_collapsed() {
    assert_eq!(clean_name("  Ana   Maria \t"), Ok("Ana Maria".to_string()));
    assert_eq!(
        clean_name("José O'Neil-Núñez"),
        Ok("José O'Neil-Núñez".to_string())
    );
    assert_eq!(clean_name("li_2.b"), Ok("li_2.b".to_string()));
}

#[test]
fn empty_long_and_markup_names_are_refused_with_a_reason() {
    assert_eq!(clean_name("   "), Err(NameError::Empty));
    assert_eq!(
        clean_name(&"a".repeat(25)),
        Err(NameError::TooLong { chars: 25 })
    );
    assert!(clean_name(&"é".repeat(24)).is_ok());
    assert_eq!(
        clean_name("<b>Ana</b>"),
        Err(NameError::Character { character: '<' })
    );
    assert_eq!(
        clean_name("Ana & Bo"),
        Err(NameError::Character { character: '&' })
    );
    assert_eq!(
        NameError::Character { character: '<' }.to_string(),
        "A name may use letters, digits, spaces and - ' . _ only, not '<'."
    );
    assert_eq!(
        NameError::TooLong { chars: 30 }.to_string(),
        "That name has 30 characters; at most 24, please."
    );
}

#[test]
fn duplicates_are_numbered() {
    let class = ["Ana", "Ana 2", "Bo"];
    let taken = |name: &str| class.iter().any(|n| n.eq_ignore_ascii_case(name));
    assert_eq!(distinct_name("Cy", taken), "Cy");
    assert_eq!(distinct_name("Bo", taken), "Bo 2");
    assert_eq!(distinct_name("ana", taken), "ana 3");
    // A 24-character name loses 2 characters to make room for " 2".
    let long = "abcdefghijklmnopqrstuvwx";
    let taken_long = |name: &str| name == long;
    assert_eq!(distinct_name(long, taken_long), "abcdefghijklmnopqrstuv 2");
}
