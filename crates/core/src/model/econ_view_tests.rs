use super::*;
use crate::data::hardware::GENERATIONS;
use crate::model::economics::{outcome, Scenario};

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn value_texts_carry_the_unit() {
    assert_eq!(value_text(Param::Kwh, 0.045), "0.045 USD/kWh");
    assert_eq!(value_text(Param::Price, 67_000.0), "67,000 USD");
    assert_eq!(value_text(Param::Life, 1.0), "1 year");
    assert_eq!(value_text(Param::Life, 5.0), "5 years");
    assert_eq!(value_text(Param::Subsidy, 3.125), "3.125 BTC per block");
}

#[test]
fn field_text_reads_back_as_the_same_value() {
    assert_eq!(field_text(67_000.0), "67000");
    assert_eq!(field_text(0.045), "0.045");
    assert_eq!(field_text(f64::NAN), "");
    for p in Param::ALL {
        let v = p.spec().default;
        let (read, note) = p.read_typed(&field_text(v));
        assert_eq!(read, v, "{p:?}");
        assert_eq!(note, None, "{p:?}");
    }
}

#[test]
fn epochs_are_labelled_with_their_years() {
    assert_eq!(epoch_label(3.125), "3.125 BTC (2024-28)");
    assert_eq!(epoch_label(50.0), "50 BTC (2009-12)");
    assert_eq!(epoch_label(0.781_25), "0.78125 BTC (from ~2032)");
    assert_eq!(epoch_label(2.0), "2 BTC");
}

#[test]
fn margins_are_named_in_words() {
    let loss = margin_text(-23_264.34);
    assert_eq!(loss.label, "Loss");
    assert_eq!(loss.amount, "$23,264 per BTC");
    assert!(!loss.good);
    let profit = margin_text(1_500.0);
    assert_eq!(profit.label, "Profit");
    assert!(profit.good);
    assert_eq!(margin_text(0.2).label, "Break-even");
}

#[test]
fn default_cost_splits_as_computed_by_hand() {
    // From the calibration in scenario/params.rs: energy $67,313.81, other opex $15,684.12,
    // hardware $7,266.41 per BTC; all-in $90,264.34.
    let o = outcome(&Scenario::default());
    let split = cost_split(&o);
    assert!(close(split[0].usd_per_btc, 67_313.81, 0.01));
    assert!(close(split[1].usd_per_btc, 15_684.12, 0.01));
    assert!(close(split[2].usd_per_btc, 7_266.41, 0.01));
    let total: f64 = split.iter().map(|s| s.share).sum();
    assert!(close(total, 1.0, 1e-12));
    assert_eq!(percent(split[0].share), "74.6%");
    assert_eq!(
        split.map(|s| s.key),
        ["energy", "opex", "hardware"],
        "stable keys for CSS and tests"
    );
}

#[test]
fn energy_and_ranges_read_well() {
    // 1,000 EH/s x 28.2 J/TH = 28.2 GW; x 24 h = 676.8 GWh per day.
    assert_eq!(energy_per_day_text(676.8e6), "677 GWh");
    assert_eq!(energy_per_day_text(2.5e9), "2.50 TWh");
    assert_eq!(kwh_range_text(0.027, 0.034), "$0.027\u{2013}0.034/kWh");
    assert_eq!(kwh_range_text(0.047, 0.047), "$0.047/kWh");
    assert_eq!(usd_range_text(95_000.0, 84_000.0), "$84,000\u{2013}$95,000");
    assert_eq!(usd_range_text(90_000.2, 90_000.0), "$90,000");
    // The default scenario's worldwide row: $90,264 read as a model's rough result.
    assert_eq!(usd_range_text(90_264.0, 90_264.0), "$90,000");
    assert_eq!(usd_range_text(57_412.0, 71_845.0), "$57,000\u{2013}$72,000");
    assert_eq!(usd_range_text(90_264.0, 90_400.0), "$90,000");
    assert_eq!(usd_range_text(950.4, 1_260.0), "$950\u{2013}$1,300");
    assert_eq!(verdict_text(Verdict::Wins), ("wins", "good"));
    assert_eq!(verdict_text(Verdict::Loses), ("loses", "bad"));
}

#[test]
fn axes_cover_the_scenario_within_the_inputs_ranges() {
    let s = Scenario::default();
    let o = outcome(&s);
    // Break-even (all-in) is ~$0.0324/kWh, x 1.3 = 0.042; 0.045 x 1.6 = 0.072; the floor is 0.10.
    assert!(close(kwh_axis_max(&s, &o), 0.10, 1e-12));
    let dear = Scenario::default().with(&[(Param::Kwh, 0.2)]);
    assert_eq!(kwh_axis_max(&dear, &outcome(&dear)), 0.30);
    assert_eq!(price_axis_max(&s), 150_000.0);
    let rich = Scenario::default().with(&[(Param::Price, 200_000.0)]);
    assert_eq!(price_axis_max(&rich), 250_000.0);
    let hundred = Scenario::default().with(&[(Param::Price, 100_000.0)]);
    assert_eq!(price_axis_max(&hundred), 160_000.0);
}

#[test]
fn cost_chart_marks_break_even_and_says_so() {
    let s = Scenario::default();
    let o = outcome(&s);
    let c = cost_chart(&s, &o);
    assert_eq!(c.points.len(), COST_POINTS);
    assert_eq!(c.points[0].kwh_usd, 0.0);
    // (30,314,016 - 3,287,671.23) USD/day / (676.8e6 kWh x 1.233) = 0.032386 USD/kWh.
    let be = c.breakeven_kwh_usd.expect("break-even inside the axis");
    assert!(close(be, 0.032_386, 1e-6), "{be}");
    assert_eq!(
        cost_summary(&c),
        "At $0.045/kWh a bitcoin costs about $90,000 to mine, against a price of $67,000; \
         mining covers its all-in cost only below $0.0324/kWh, the all-in break-even."
    );

    // $100 per TH/s over 5 years: $121,107 of hardware per BTC, above the price at any power price.
    let costly = Scenario::default().with(&[(Param::Capex, 100.0)]);
    let c = cost_chart(&costly, &outcome(&costly));
    assert_eq!(c.breakeven_kwh_usd, None);
    assert!(
        cost_summary(&c).contains("even free electricity"),
        "{}",
        cost_summary(&c)
    );

    // 5 J/TH at $250,000: break-even ~$0.74/kWh, beyond the $0.30 axis.
    let cheap = Scenario::default().with(&[(Param::Price, 250_000.0), (Param::Eff, 5.0)]);
    let c = cost_chart(&cheap, &outcome(&cheap));
    assert_eq!(c.breakeven_kwh_usd, None);
    assert!(
        cost_summary(&c).contains("up to $0.3/kWh and beyond"),
        "{}",
        cost_summary(&c)
    );
}

#[test]
fn margin_map_has_the_grid_and_the_point() {
    let s = Scenario::default();
    let o = outcome(&s);
    let m = margin_map(&s, &o);
    assert_eq!(m.grid.margin_usd_per_btc.len(), MAP_ROWS);
    assert!(m
        .grid
        .margin_usd_per_btc
        .iter()
        .all(|r| r.len() == MAP_COLUMNS));
    assert_eq!(m.grid.price_usd.last(), Some(&150_000.0));
    // Largest |margin|: the loss at $0.10/kWh and $1,000: 67.68 million USD of power a day over
    // 452.448 BTC = $149,586.27, x 1.233 = $184,439.87, + $7,266.41 of hardware, - $1,000.
    assert!(close(m.max_abs_usd, 190_706.28, 0.05), "{}", m.max_abs_usd);
    assert_eq!(
        margin_summary(&m, &o),
        "Mining pays wherever the bitcoin price is above the all-in cost; at $0.045/kWh that \
         takes a price above about $90,000, so at $67,000 the scenario is a loss of about \
         $23,000 per BTC."
    );
}

#[test]
fn only_the_newest_generations_cover_their_power_bill() {
    let s = Scenario::default();
    let rows = generation_rows(&s);
    assert_eq!(rows.len(), GENERATIONS.len());
    // Revenue 452.448 BTC x $67,000 / 10^9 TH/s = $0.030314 per TH/s per day; power and other
    // opex cost 0.024 kWh x 1.233 x $0.045 = $0.00133164 per J/TH: break-even at 22.76 J/TH.
    for (r, g) in rows.iter().zip(GENERATIONS) {
        assert!(close(r.revenue_usd_per_ths_day, 0.030_314_016, 1e-9));
        assert!(close(
            r.cost_usd_per_ths_day,
            g.j_per_th * 0.001_331_64,
            1e-9 * g.j_per_th
        ));
        assert_eq!(r.profitable, g.j_per_th < 22.76, "{}", g.name);
    }
    let winners: Vec<&str> = GENERATIONS
        .iter()
        .filter(|g| g.j_per_th < 22.76)
        .map(|g| g.name)
        .collect();
    assert!(winners.len() >= 2 && winners.len() < GENERATIONS.len());
    assert_eq!(
        generation_summary(&rows, &s),
        format!(
            "At $0.045/kWh one TH/s earns $0.0303 a day; only {} of {} generations cover their \
             running costs (power and other operating costs): {}.",
            winners.len(),
            GENERATIONS.len(),
            winners.join(", ")
        )
    );
    let free = Scenario::default().with(&[(Param::Kwh, 0.0)]);
    assert!(generation_summary(&generation_rows(&free), &free).contains("even a CPU"));
}

#[test]
fn device_names_shorten_for_phones() {
    assert_eq!(short_device_name("CPU (Phenom II X6)"), "CPU");
    assert_eq!(short_device_name("Antminer S19 XP"), "S19 XP");
    assert_eq!(
        short_device_name("Avalon batch 1 (first ASIC)"),
        "Avalon batch 1"
    );
    for g in GENERATIONS {
        assert!(
            short_device_name(g.name).chars().count() <= 14,
            "{}",
            g.name
        );
    }
}

#[test]
fn a_bar_says_what_its_number_is() {
    let row = |profitable, cost| GenerationRow {
        name: "Antminer S21",
        year_label: "2023",
        revenue_usd_per_ths_day: 0.0303,
        cost_usd_per_ths_day: cost,
        profitable,
    };
    // 17.5 J/TH x 0.024 kWh x 1.233 x $0.045 = $0.0233 a day.
    assert_eq!(
        generation_bar_label(&row(true, 0.023_304)),
        "pays: running cost $0.0233 a day"
    );
    // A CPU's 10^7 J/TH: 10^7 x 0.024 x 1.233 x 0.045 = $13,316.4 a day.
    assert_eq!(
        generation_bar_label(&row(false, 13_316.4)),
        "loses: running cost $13.32k a day"
    );
    // Shorter forms for a narrow chart, on two lines: each still says "running cost" and "a day"
    // (or "/day"), the verdict kept as long as it fits.
    let forms = generation_bar_labels(&row(false, 13_316.4));
    assert_eq!(
        forms,
        [
            vec!["loses: running cost $13.32k a day".to_string()],
            vec![
                "loses: running cost".to_string(),
                "$13.32k a day".to_string()
            ],
            vec!["running cost".to_string(), "$13.32k a day".to_string()],
            vec!["running cost".to_string(), "$13.32k/day".to_string()],
        ]
    );
    for form in &forms {
        let words = form.join(" ");
        assert!(words.contains("running cost $13.32k"), "{words}");
        assert!(
            words.ends_with(" a day") || words.ends_with("/day"),
            "{words}"
        );
    }
}

#[test]
fn the_section_opens_with_the_article_s_cost_rounded() {
    // The default all-in cost is $90,264 (`default_cost_splits_as_computed_by_hand`): a rough
    // model's result, said as the headline says it.
    let lede = section_lede();
    assert!(
        lede.starts_with(
            "In the article's 2026 scenario the average miner spends about $90,000 to mine a \
             bitcoin that sells for $67,000."
        ),
        "{lede}"
    );
    assert!(!lede.contains("90,264"), "{lede}");
}

#[test]
fn the_phone_strip_rounds_as_the_card_does() {
    // Default: all-in $90,264, price $67,000, so a loss of $23,264 per bitcoin.
    let s = Scenario::default();
    let o = outcome(&s);
    assert_eq!(
        bar_detail(&s, &o),
        "cost about $90,000 \u{b7} price $67,000"
    );
    let v = verdict(&s, &o);
    assert_eq!(
        (v.label, v.amount.as_str()),
        ("Loss", "about $23,000 per BTC")
    );
}
