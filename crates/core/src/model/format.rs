//! Number formatting for people: thousands separators, sensible precision, SI prefixes for hash
//! rates, human durations. Pure, so the UI shows the same text the tests check.

/// `value` with `decimals` decimals and comma thousands separators ("1,234.5"). Non-finite values
/// print as an em dash, so a bad number never reaches the page as "NaN".
pub fn number(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return "\u{2014}".to_string();
    }
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text
        .split_once('.')
        .map_or((text.as_str(), None), |(i, f)| (i, Some(f)));
    let mut grouped = String::with_capacity(int.len() + int.len() / 3);
    for (i, digit) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let sign = if negative { "-" } else { "" };
    match frac {
        Some(frac) => format!("{sign}{grouped}.{frac}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A number with about three significant figures, for values spanning many magnitudes.
pub fn significant(value: f64) -> String {
    if !value.is_finite() {
        return "\u{2014}".to_string();
    }
    let magnitude = value.abs();
    let decimals = match magnitude {
        m if m == 0.0 || m >= 100.0 => 0,
        m if m >= 10.0 => 1,
        m if m >= 1.0 => 2,
        m => (-(m.log10().floor()) as usize + 2).min(12),
    };
    number(value, decimals)
}

/// A figure as quoted: whole numbers with separators, fractions with up to four significant figures
/// and no trailing zeros ("1,024", "0.017", "148.26", "3.125", "0.78125").
pub fn significant_or_whole(value: f64) -> String {
    if !value.is_finite() {
        return "\u{2014}".to_string();
    }
    if value.fract() == 0.0 || value.abs() >= 10_000.0 {
        return number(value, 0);
    }
    let magnitude = value.abs();
    let decimals = if magnitude >= 1.0 {
        4
    } else {
        (-(magnitude.log10().floor()) as usize + 4).min(12)
    };
    let text = number(value, decimals);
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// US dollars, whole for large amounts, cents for small ones ("$90,296", "$0.05", "-$1,200").
pub fn usd(value: f64) -> String {
    if !value.is_finite() {
        return "\u{2014}".to_string();
    }
    let digits = if value.abs() >= 100.0 {
        number(value.abs(), 0)
    } else {
        significant(value.abs())
    };
    if value < 0.0 && digits.chars().any(|c| c.is_ascii_digit() && c != '0') {
        format!("-${digits}")
    } else {
        format!("${digits}")
    }
}

/// US dollars rounded as a model's rough result deserves: to the nearest $1,000 from $10,000
/// ("$90,264" -> "$90,000"), to the nearest $100 from $1,000, else as [`usd`]. The caller says
/// "about".
pub fn usd_rounded(value: f64) -> String {
    let step = match value.abs() {
        m if m >= 10_000.0 => 1_000.0,
        m if m >= 1_000.0 => 100.0,
        _ => return usd(value),
    };
    usd((value / step).round() * step)
}

/// US dollars in a few characters, for chart labels ("$950", "$90.3k", "$1.14M").
pub fn usd_compact(value: f64) -> String {
    if !value.is_finite() {
        return "\u{2014}".to_string();
    }
    let sign = if value < 0.0 { "-" } else { "" };
    let m = value.abs();
    let body = match m {
        m if m >= 1e9 => format!("{}B", significant(m / 1e9)),
        m if m >= 1e6 => format!("{}M", significant(m / 1e6)),
        m if m >= 1e3 => format!("{}k", significant(m / 1e3)),
        m => significant(m),
    };
    format!("{sign}${body}")
}

/// A dollar amount for an axis tick, as short as it can be ("$0.001", "$1", "$100", "$10k").
pub fn usd_tick(value: f64) -> String {
    if !value.is_finite() {
        return "\u{2014}".to_string();
    }
    let trim = |text: String| {
        if text.contains('.') {
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            text
        }
    };
    let m = value.abs();
    let sign = if value < 0.0 { "-" } else { "" };
    let (scaled, suffix) = match m {
        m if m >= 1e9 => (m / 1e9, "B"),
        m if m >= 1e6 => (m / 1e6, "M"),
        m if m >= 1e3 => (m / 1e3, "k"),
        m => (m, ""),
    };
    let digits = if scaled >= 1.0 {
        trim(format!("{scaled:.2}"))
    } else {
        trim(significant(scaled))
    };
    format!("{sign}${digits}{suffix}")
}

/// A hash rate in hashes per second with an SI prefix ("3.21 MH/s", "1.00 ZH/s").
pub fn hashrate(hashes_per_s: f64) -> String {
    const PREFIXES: [&str; 8] = ["", "k", "M", "G", "T", "P", "E", "Z"];
    if !hashes_per_s.is_finite() || hashes_per_s < 0.0 {
        return "\u{2014}".to_string();
    }
    let mut value = hashes_per_s;
    let mut index = 0;
    while value >= 1000.0 && index < PREFIXES.len() - 1 {
        value /= 1000.0;
        index += 1;
    }
    format!("{} {}H/s", significant(value), PREFIXES[index])
}

/// A duration in seconds in the largest unit that keeps it readable ("45 ms", "3.2 minutes",
/// "12 days", "4.1 million years"). Years are Julian (365.25 days).
pub fn duration(seconds: f64) -> String {
    const YEAR: f64 = 365.25 * 86_400.0;
    if !seconds.is_finite() || seconds < 0.0 {
        return "\u{2014}".to_string();
    }
    let (value, unit) = match seconds {
        s if s < 0.001 => return "<1 ms".to_string(),
        s if s < 1.0 => return format!("{} ms", significant(s * 1000.0)),
        s if s < 60.0 => (s, "seconds"),
        s if s < 3600.0 => (s / 60.0, "minutes"),
        s if s < 86_400.0 => (s / 3600.0, "hours"),
        s if s < YEAR => (s / 86_400.0, "days"),
        s => return years(s / YEAR),
    };
    format!("{} {unit}", significant(value))
}

/// A whole number in superscript digits, for powers written inline ("2¹²").
pub fn superscript(n: u32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .chars()
        .filter_map(|c| c.to_digit(10).map(|d| DIGITS[d as usize]))
        .collect()
}

/// A count of years in words for large values ("12 years", "3.4 million years", "2.1 billion years").
pub fn years(years: f64) -> String {
    if !years.is_finite() || years < 0.0 {
        return "\u{2014}".to_string();
    }
    match years {
        y if y >= 1e12 => format!("{} trillion years", significant(y / 1e12)),
        y if y >= 1e9 => format!("{} billion years", significant(y / 1e9)),
        y if y >= 1e6 => format!("{} million years", significant(y / 1e6)),
        y => format!("{} years", significant(y)),
    }
}

/// The age of the universe in years: 13.8 billion, the physical constant as measured from the
/// cosmic microwave background (Planck 2018: 13.787 ± 0.020 billion years). Not a FACTS figure.
pub const UNIVERSE_AGE_YEARS: f64 = 13.8e9;

/// "ten", "a hundred", "a thousand", ..., "a thousand trillion", ... for 10^`power` (1..=24): a
/// scale a reader can say aloud.
fn scale_word(power: u32) -> String {
    const GROUPS: [&str; 9] = [
        "",
        "thousand",
        "million",
        "billion",
        "trillion",
        "thousand trillion",
        "million trillion",
        "billion trillion",
        "trillion trillion",
    ];
    let group = GROUPS[(power / 3) as usize];
    match (power % 3, group) {
        (0, group) => format!("a {group}"),
        (1, "") => "ten".to_string(),
        (2, "") => "a hundred".to_string(),
        (1, group) => format!("ten {group}"),
        (_, group) => format!("a hundred {group}"),
    }
}

/// A probability or share (a fraction from 0 to 1) as odds in words, one significant figure
/// ("about 4 in a thousand trillion" for 3.7e-15, "about 3 in ten" for 0.3); shares above a
/// tenth as a percentage. Never exponent notation.
pub fn odds(fraction: f64) -> String {
    const SMALLEST_POWER: u32 = 24;
    if !fraction.is_finite() || fraction < 0.0 {
        return "\u{2014}".to_string();
    }
    if fraction == 0.0 {
        return "none".to_string();
    }
    if fraction >= 0.1 {
        return format!("about {}%", number(fraction * 100.0, 0));
    }
    // The power of ten that brings the fraction to 1..10, then one figure rounded; 9.5 and up
    // round to "1 in" the next scale down.
    let mut power = (-fraction.log10()).ceil() as u32;
    let mut count = (fraction * 10f64.powi(power as i32)).round();
    if count < 1.0 {
        // log10 rounding at an exact power of ten
        power += 1;
        count = (fraction * 10f64.powi(power as i32)).round();
    }
    if count >= 10.0 {
        power -= 1;
        count = 1.0;
    }
    if power > SMALLEST_POWER {
        return format!("less than 1 in {}", scale_word(SMALLEST_POWER));
    }
    format!("about {count} in {}", scale_word(power))
}

/// A count in words once it is too long to read as digits: up to a billion with separators
/// ("67,500,000", "950", "0.270"), then "270 thousand trillion", "1.50 billion". Never exponent
/// notation.
pub fn big_count(value: f64) -> String {
    const GROUPS: [(f64, &str); 6] = [
        (1e24, "trillion trillion"),
        (1e21, "billion trillion"),
        (1e18, "million trillion"),
        (1e15, "thousand trillion"),
        (1e12, "trillion"),
        (1e9, "billion"),
    ];
    if !value.is_finite() {
        return "\u{2014}".to_string();
    }
    match GROUPS.iter().find(|(size, _)| value.abs() >= *size) {
        Some((size, word)) => format!("{} {word}", significant(value / size)),
        None if value.abs() >= 1_000.0 => number(value, 0),
        None => significant(value),
    }
}

/// "tenth", "hundredth", ..., "trillionth" for 10^-`power` (1..=12).
fn fraction_word(power: u32) -> &'static str {
    const WORDS: [&str; 12] = [
        "tenth",
        "hundredth",
        "thousandth",
        "ten-thousandth",
        "hundred-thousandth",
        "millionth",
        "ten-millionth",
        "hundred-millionth",
        "billionth",
        "ten-billionth",
        "hundred-billionth",
        "trillionth",
    ];
    WORDS[(power.clamp(1, 12) - 1) as usize]
}

/// US dollars, with amounts under a cent as a fraction of a cent in words, one significant figure
/// ("a ten-thousandth of a cent" for $0.000001, "about 4 millionths of a cent" for $3.7e-8);
/// a cent and more as [`usd`]. Never exponent notation.
pub fn usd_small(value: f64) -> String {
    const SMALLEST_POWER: u32 = 12;
    if !value.is_finite() || value < 0.0 {
        return usd(value);
    }
    if value == 0.0 {
        return "$0".to_string();
    }
    let cents = value * 100.0;
    if cents >= 0.95 {
        return usd(value);
    }
    let mut power = (-cents.log10()).ceil() as u32;
    let mut count = (cents * 10f64.powi(power as i32)).round();
    if count < 1.0 {
        power += 1;
        count = (cents * 10f64.powi(power as i32)).round();
    }
    if count >= 10.0 {
        power -= 1;
        count = 1.0;
    }
    if power > SMALLEST_POWER {
        return format!("less than a {} of a cent", fraction_word(SMALLEST_POWER));
    }
    if count == 1.0 {
        format!("about a {} of a cent", fraction_word(power))
    } else {
        format!("about {count} {}s of a cent", fraction_word(power))
    }
}

/// A long wait in years set against the age of the universe ([`UNIVERSE_AGE_YEARS`]): "about 28%
/// of the age of the universe", "about 3.2 times the age of the universe"; None under 1% of it
/// (then the years alone say it).
pub fn against_universe(years: f64) -> Option<String> {
    if !years.is_finite() {
        return None;
    }
    let ratio = years / UNIVERSE_AGE_YEARS;
    match ratio {
        r if r < 0.01 => None,
        r if r < 0.995 => Some(format!(
            "about {}% of the age of the universe",
            number(r * 100.0, 0)
        )),
        r if r < 1.05 => Some("about the age of the universe".to_string()),
        r => Some(format!(
            "about {} times the age of the universe",
            match r {
                r if r >= 1e9 => big_count(r),
                r => significant_or_whole(round_to_significant(r, 2)),
            }
        )),
    }
}

/// `value` rounded to `figures` significant figures.
fn round_to_significant(value: f64, figures: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let scale = 10f64.powi(figures - 1 - value.abs().log10().floor() as i32);
    (value * scale).round() / scale
}

/// A wait in years, however long or short, in words: under a year as a duration ("10.6
/// minutes"), then [`years`], and past a thousand trillion years with [`big_count`] ("20.2
/// million trillion years").
pub fn long_years(value: f64) -> String {
    const YEAR_S: f64 = 365.25 * 86_400.0;
    match value {
        v if v.is_finite() && v < 1.0 => duration(v * YEAR_S),
        v if v.is_finite() && v >= 1e15 => format!("{} years", big_count(v)),
        v => years(v),
    }
}

/// A Unix time in seconds as a UTC date and time ("2009-01-03 18:15:05 UTC"), by the civil-from-days
/// algorithm (proleptic Gregorian calendar), so block timestamps read as dates.
pub fn utc_datetime(unix_s: i64) -> String {
    let days = unix_s.div_euclid(86_400);
    let secs = unix_s.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02} UTC",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// A date or period as FACTS writes it, for reading: the range notation "2019-09..2020-04"
/// becomes "2019-09 – 2020-04" (an en dash, which also lets a narrow column wrap there);
/// everything else ("2025-Q4", "2014-06-12/13") is kept.
pub fn period(as_of: &str) -> String {
    as_of.replace("..", " \u{2013} ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounded_dollars_keep_a_rough_result_rough() {
        assert_eq!(usd_rounded(90_264.34), "$90,000");
        assert_eq!(usd_rounded(-23_264.34), "-$23,000");
        assert_eq!(usd_rounded(114_122.0), "$114,000");
        assert_eq!(usd_rounded(7_266.41), "$7,300");
        assert_eq!(usd_rounded(950.4), "$950");
        assert_eq!(usd_rounded(f64::NAN), "\u{2014}");
    }

    #[test]
    fn numbers_group_thousands_and_round() {
        assert_eq!(number(1_234_567.891, 2), "1,234,567.89");
        assert_eq!(number(999.5, 0), "1,000");
        assert_eq!(number(-90_296.4, 0), "-90,296");
        assert_eq!(number(-0.001, 2), "0.00");
        assert_eq!(number(f64::NAN, 2), "\u{2014}");
        assert_eq!(number(f64::INFINITY, 0), "\u{2014}");
    }

    #[test]
    fn significant_keeps_about_three_figures() {
        assert_eq!(significant(148.26), "148");
        assert_eq!(significant(39.53), "39.5");
        assert_eq!(significant(4.56789), "4.57");
        assert_eq!(significant(0.04512), "0.0451");
        assert_eq!(significant(0.0), "0");
    }

    #[test]
    fn figures_print_as_quoted() {
        assert_eq!(significant_or_whole(1024.0), "1,024");
        assert_eq!(significant_or_whole(148.26), "148.26");
        assert_eq!(significant_or_whole(3.125), "3.125");
        assert_eq!(significant_or_whole(0.78125), "0.78125");
        assert_eq!(significant_or_whole(0.017), "0.017");
        assert_eq!(significant_or_whole(0.0555), "0.0555");
        assert_eq!(significant_or_whole(25.7), "25.7");
    }

    #[test]
    fn unix_times_read_as_utc_dates() {
        assert_eq!(utc_datetime(0), "1970-01-01 00:00:00 UTC");
        // The genesis block's timestamp.
        assert_eq!(utc_datetime(1_231_006_505), "2009-01-03 18:15:05 UTC");
        // Block 125552 (Bitcoin Wiki: 2011-05-21 17:26:31 UTC).
        assert_eq!(utc_datetime(1_305_998_791), "2011-05-21 17:26:31 UTC");
        assert_eq!(utc_datetime(951_782_400), "2000-02-29 00:00:00 UTC");
        assert_eq!(utc_datetime(4_294_967_295), "2106-02-07 06:28:15 UTC");
    }

    #[test]
    fn powers_print_as_superscripts() {
        assert_eq!(superscript(12), "¹²");
        assert_eq!(superscript(40), "⁴⁰");
        assert_eq!(superscript(0), "⁰");
        assert_eq!(duration(0.0), "<1 ms");
        assert_eq!(duration(0.0005), "<1 ms");
    }

    #[test]
    fn compact_dollars_for_labels() {
        assert_eq!(usd_compact(1_139_091.0), "$1.14M");
        assert_eq!(usd_compact(90_264.0), "$90.3k");
        assert_eq!(usd_compact(950.0), "$950");
        assert_eq!(usd_compact(-2_500.0), "-$2.50k");
    }

    #[test]
    fn axis_ticks_are_short() {
        assert_eq!(usd_tick(0.001), "$0.001");
        assert_eq!(usd_tick(1.0), "$1");
        assert_eq!(usd_tick(100.0), "$100");
        assert_eq!(usd_tick(10_000.0), "$10k");
        assert_eq!(usd_tick(2_500_000.0), "$2.5M");
        assert_eq!(usd_tick(0.25), "$0.25");
        assert_eq!(usd_tick(0.039_283), "$0.0393");
    }

    #[test]
    fn dollars() {
        assert_eq!(usd(90_296.2), "$90,296");
        assert_eq!(usd(0.045), "$0.0450");
        assert_eq!(usd(-1_200.0), "-$1,200");
        assert_eq!(usd(39.53), "$39.5");
    }

    #[test]
    fn hash_rates_take_si_prefixes() {
        assert_eq!(hashrate(3_210_000.0), "3.21 MH/s");
        assert_eq!(hashrate(1e21), "1.00 ZH/s");
        assert_eq!(hashrate(950.0), "950 H/s");
        assert_eq!(hashrate(-1.0), "\u{2014}");
    }

    #[test]
    fn durations_pick_a_readable_unit() {
        assert_eq!(duration(0.045), "45.0 ms");
        assert_eq!(duration(192.0), "3.20 minutes");
        assert_eq!(duration(86_400.0 * 12.0), "12.0 days");
        assert_eq!(duration(365.25 * 86_400.0 * 4.1e6), "4.10 million years");
        assert_eq!(years(2.1e9), "2.10 billion years");
    }

    #[test]
    fn odds_read_as_words() {
        // 3.7e-15 * 1e15 = 3.7, about 4.
        assert_eq!(odds(3.7e-15), "about 4 in a thousand trillion");
        // 4e6 H/s / 1.024e21 H/s = 3.90625e-15.
        assert_eq!(odds(3.906_25e-15), "about 4 in a thousand trillion");
        // 0.05 * 100 = 5.
        assert_eq!(odds(0.05), "about 5 in a hundred");
        // 0.097 * 100 = 9.7 rounds to 10: 1 in ten.
        assert_eq!(odds(0.097), "about 1 in ten");
        assert_eq!(odds(1e-6), "about 1 in a million");
        // 2.4e-21 * 1e21 = 2.4.
        assert_eq!(odds(2.4e-21), "about 2 in a billion trillion");
        assert_eq!(odds(7e-11), "about 7 in a hundred billion");
        assert_eq!(odds(3e-5), "about 3 in a hundred thousand");
        assert_eq!(odds(1e-30), "less than 1 in a trillion trillion");
        assert_eq!(odds(0.3), "about 30%");
        assert_eq!(odds(0.0), "none");
        assert_eq!(odds(f64::NAN), "\u{2014}");
    }

    #[test]
    fn tiny_dollars_are_fractions_of_a_cent() {
        // $1.184e-7 = 1.184e-5 cents, about 1 hundred-thousandth.
        assert_eq!(usd_small(1.184e-7), "about a hundred-thousandth of a cent");
        // $0.000001 = 0.0001 cents.
        assert_eq!(usd_small(0.000_001), "about a ten-thousandth of a cent");
        // $3.7e-8 = 3.7e-6 cents, about 4 millionths.
        assert_eq!(usd_small(3.7e-8), "about 4 millionths of a cent");
        // $0.004 = 0.4 cents.
        assert_eq!(usd_small(0.004), "about 4 tenths of a cent");
        assert_eq!(usd_small(1e-20), "less than a trillionth of a cent");
        assert_eq!(usd_small(0.0162), "$0.0162");
        assert_eq!(usd_small(5.4), "$5.40");
        assert_eq!(usd_small(0.0), "$0");
    }

    #[test]
    fn big_counts_in_words() {
        assert_eq!(big_count(67_500_000.0), "67,500,000");
        // 270e12 H/s / 1e-3 H/s = 2.7e17 = 270 thousand trillion.
        assert_eq!(big_count(2.7e17), "270 thousand trillion");
        assert_eq!(big_count(1.5e9), "1.50 billion");
        assert_eq!(big_count(1.5e25), "15.0 trillion trillion");
        assert_eq!(big_count(950.0), "950");
        assert_eq!(big_count(0.27), "0.270");
    }

    #[test]
    fn huge_waits_against_the_age_of_the_universe() {
        // 3.9e9 / 13.8e9 = 0.2826.
        assert_eq!(
            against_universe(3.9e9).as_deref(),
            Some("about 28% of the age of the universe")
        );
        // 4.416e10 / 13.8e9 = 3.2.
        assert_eq!(
            against_universe(4.416e10).as_deref(),
            Some("about 3.2 times the age of the universe")
        );
        assert_eq!(
            against_universe(13.9e9).as_deref(),
            Some("about the age of the universe")
        );
        // 1.38e17 / 13.8e9 = 1e7.
        assert_eq!(
            against_universe(1.38e17).as_deref(),
            Some("about 10,000,000 times the age of the universe")
        );
        // Under 1% (1.38e8 years) the years say enough.
        assert_eq!(against_universe(1e6), None);
        // 5.0445e9 / 13.8e9 = 0.3655.
        assert_eq!(long_years(5.044_5e9), "5.04 billion years");
        assert_eq!(
            against_universe(5.044_5e9).as_deref(),
            Some("about 37% of the age of the universe")
        );
        assert_eq!(long_years(12.0), "12.0 years");
        // 2.0178e19 years = 20.2 million trillion; / 13.8e9 = 1.46e9 times.
        assert_eq!(long_years(2.0178e19), "20.2 million trillion years");
        assert_eq!(
            against_universe(2.0178e19).as_deref(),
            Some("about 1.46 billion times the age of the universe")
        );
        // 2.02e-5 years * 31,557,600 s = 637 s = 10.6 minutes.
        assert_eq!(long_years(2.02e-5), "10.6 minutes");
    }

    #[test]
    fn periods_read_as_words() {
        assert_eq!(period("2019-09..2020-04"), "2019-09 \u{2013} 2020-04");
        assert_eq!(
            period("undated (models of 2024-09..2026-03)"),
            "undated (models of 2024-09 \u{2013} 2026-03)"
        );
        assert_eq!(period("2025-Q4"), "2025-Q4");
        assert_eq!(period("2014-06-12/13"), "2014-06-12/13");
    }
}
