//! The SVG chart (`--svg`): speedup over the baseline per benchmark, one
//! bar per non-baseline implementation, plus a geometric-mean group.
//!
//! The y axis is logarithmic (base 2) so 2x faster and 2x slower are the
//! same distance from the 1x line; bars grow up from 1x for speedups and
//! down for slowdowns. A failed cell is a red cross on the 1x line; a
//! wrong-output cell is a faded bar marked `!`. Every bar has a `<title>`
//! tooltip with the numbers. The output is self-contained (no scripts,
//! fonts or external references) and depends only on the summary, so it
//! is stable for equal inputs.

use super::summary::{Summary, Verdict};
use std::fmt::Write;

const PALETTE: [&str; 8] = [
    "#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2", "#edc948", "#9c755f", "#ff9da7",
];
const FAIL_COLOUR: &str = "#d62728";
const BAR_W: f64 = 14.0;
const GROUP_GAP: f64 = 14.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 78.0;
const PLOT_H: f64 = 320.0;
const BOTTOM: f64 = 90.0;

/// How a bar is drawn.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    /// A solid bar.
    Ok,
    /// A faded bar marked `!`: the output was wrong.
    Wrong,
    /// A cross on the 1x line: no time to show.
    Failed,
}

/// One bar.
struct Bar {
    speedup: f64,
    kind: Kind,
    tooltip: String,
}

/// The bars of one benchmark (or of the geometric means), one per
/// non-baseline implementation.
struct Group {
    label: String,
    bars: Vec<Bar>,
    is_mean: bool,
}

/// The chart for `s`.
pub fn chart(s: &Summary) -> String {
    let others = &s.impls[s.impls.len().min(1)..];
    let groups = groups(s);
    let scale = Scale::fit(
        groups
            .iter()
            .flat_map(|g| &g.bars)
            .filter(|b| b.kind != Kind::Failed)
            .map(|b| b.speedup),
    );
    let group_w = (others.len().max(1) as f64 * BAR_W + GROUP_GAP).max(28.0);
    let legend_w: f64 = others.iter().map(|n| legend_width(n)).sum();
    let title = format!(
        "Speedup over {} (size {}, median of {} run{}, log scale)",
        s.impls.first().map_or("baseline", String::as_str),
        s.size_label,
        s.runs,
        if s.runs == 1 { "" } else { "s" }
    );
    // Text widths are estimates (no font metrics): ~7 px a character at
    // 11 px, ~9.5 px at the title's 15 px bold.
    let width = (LEFT + group_w * groups.len() as f64 + RIGHT)
        .max(LEFT + legend_w + RIGHT)
        .max(LEFT + 9.5 * title.len() as f64 + RIGHT);
    let height = TOP + PLOT_H + BOTTOM;

    let mut svg = Canvas::default();
    let _ = writeln!(
        svg.0,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" \
         viewBox=\"0 0 {width:.0} {height:.0}\" font-family=\"sans-serif\" font-size=\"11\">"
    );
    svg.rect(0.0, 0.0, width, height, "white", "", None);
    svg.text(
        LEFT,
        24.0,
        "start",
        " font-size=\"15\" font-weight=\"bold\"",
        &title,
        None,
    );
    let mut x = LEFT;
    for (i, name) in others.iter().enumerate() {
        svg.rect(x, 38.0, 12.0, 12.0, colour(i), "", None);
        svg.text(x + 16.0, 48.0, "start", "", name, None);
        x += legend_width(name);
    }
    draw_grid(&mut svg, &scale, width);
    if others.is_empty() {
        let msg = "only one implementation ran: nothing to compare";
        svg.text(width / 2.0, scale.y(1.0) - 10.0, "middle", "", msg, None);
    }
    for (g, group) in groups.iter().enumerate() {
        draw_group(&mut svg, &scale, group, LEFT + g as f64 * group_w, group_w);
    }
    svg.0.push_str("</svg>\n");
    svg.0
}

/// The bar groups: one per benchmark, then the geometric means.
fn groups(s: &Summary) -> Vec<Group> {
    let others = &s.impls[s.impls.len().min(1)..];
    let mut groups: Vec<Group> = s
        .benches
        .iter()
        .map(|b| {
            let base = b.cells[0].median.unwrap_or(0.0);
            let bars = b.cells[1..]
                .iter()
                .zip(others)
                .map(|(c, name)| {
                    let (kind, detail) = match (&c.verdict, c.speedup.filter(|x| usable(*x))) {
                        (Verdict::Failed(why), _) => (Kind::Failed, format!("failed: {why}")),
                        (_, None) => (Kind::Failed, "no time".into()),
                        (v, Some(x)) => {
                            let t = c.median.unwrap_or(0.0);
                            let (kind, wrong) = if *v == Verdict::Ok {
                                (Kind::Ok, "")
                            } else {
                                (Kind::Wrong, " (WRONG OUTPUT)")
                            };
                            (kind, format!("{x:.2}x ({t:.3} s vs {base:.3} s){wrong}"))
                        }
                    };
                    let tooltip = format!("{name} on {}: {detail}", b.name);
                    Bar {
                        speedup: c.speedup.unwrap_or(1.0),
                        kind,
                        tooltip,
                    }
                })
                .collect();
            Group {
                label: b.name.clone(),
                bars,
                is_mean: false,
            }
        })
        .collect();
    let means = others
        .iter()
        .zip(&s.geomeans[s.geomeans.len().min(1)..])
        .map(|(name, g)| match g.speedup.filter(|x| usable(*x)) {
            Some(x) => Bar {
                speedup: x,
                kind: Kind::Ok,
                tooltip: format!("{name}: geometric mean {x:.2}x over {} benchmarks", g.count),
            },
            None => Bar {
                speedup: 1.0,
                kind: Kind::Failed,
                tooltip: format!("{name}: no benchmark to average"),
            },
        })
        .collect();
    groups.push(Group {
        label: "geomean".into(),
        bars: means,
        is_mean: true,
    });
    groups
}

fn usable(x: f64) -> bool {
    x > 0.0 && x.is_finite()
}

fn colour(i: usize) -> &'static str {
    PALETTE[i % PALETTE.len()]
}

fn legend_width(name: &str) -> f64 {
    34.0 + 7.0 * name.len() as f64
}

/// The log2 y axis: powers of two from `2^lo` (bottom) to `2^hi` (top).
struct Scale {
    lo: i32,
    hi: i32,
}

impl Scale {
    /// Fits `values` with 25% headroom, always showing 0.5x to 2x.
    fn fit(values: impl Iterator<Item = f64>) -> Scale {
        let (min, max) = values.fold((1.0f64, 1.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        Scale {
            lo: (min / 1.25).log2().floor().min(-1.0) as i32,
            hi: (max * 1.25).log2().ceil().max(1.0) as i32,
        }
    }

    fn y(&self, v: f64) -> f64 {
        TOP + (f64::from(self.hi) - v.log2()) / f64::from(self.hi - self.lo) * PLOT_H
    }
}

/// A line per power of two, labelled (every other one when there are many).
fn draw_grid(svg: &mut Canvas, scale: &Scale, width: f64) {
    let step = if scale.hi - scale.lo > 14 { 2 } else { 1 };
    for e in scale.lo..=scale.hi {
        let y = scale.y(2f64.powi(e));
        let attrs = if e == 0 {
            "stroke=\"#444\" stroke-width=\"1.5\""
        } else {
            "stroke=\"#ddd\""
        };
        svg.line(LEFT, y, width - RIGHT, y, attrs);
        if (e - scale.lo) % step == 0 || e == 0 {
            svg.text(LEFT - 6.0, y + 4.0, "end", "", &ratio_label(e), None);
        }
    }
}

fn draw_group(svg: &mut Canvas, scale: &Scale, group: &Group, x0: f64, group_w: f64) {
    let one = scale.y(1.0);
    if group.is_mean {
        svg.line(
            x0,
            TOP,
            x0,
            TOP + PLOT_H,
            "stroke=\"#888\" stroke-dasharray=\"4 3\"",
        );
    }
    for (i, bar) in group.bars.iter().enumerate() {
        let x = x0 + GROUP_GAP / 2.0 + i as f64 * BAR_W;
        let mid = x + BAR_W / 2.0 - 1.0;
        if bar.kind == Kind::Failed {
            let attrs = format!(" fill=\"{FAIL_COLOUR}\" font-weight=\"bold\"");
            svg.text(
                mid,
                one + 4.0,
                "middle",
                &attrs,
                "\u{d7}",
                Some(&bar.tooltip),
            );
            continue;
        }
        let y = scale.y(bar.speedup);
        let (top, h) = if y < one {
            (y, one - y)
        } else {
            (one, y - one)
        };
        let faded = if bar.kind == Kind::Wrong {
            " fill-opacity=\"0.35\""
        } else {
            ""
        };
        svg.rect(
            x,
            top,
            BAR_W - 2.0,
            h.max(1.0),
            colour(i),
            faded,
            Some(&bar.tooltip),
        );
        // Marks sit just beyond the bar's far end: above a speedup, below a slowdown.
        let (end, beyond_anchor) = if y < one {
            (y - 3.0, "start")
        } else {
            (y + 3.0, "end")
        };
        if bar.kind == Kind::Wrong {
            let attrs = format!(" fill=\"{FAIL_COLOUR}\" font-weight=\"bold\"");
            svg.text(
                mid,
                if y < one { end } else { end + 9.0 },
                "middle",
                &attrs,
                "!",
                None,
            );
        }
        if group.is_mean {
            // Vertical, so labels of neighbouring narrow bars do not overlap.
            let attrs = format!(
                " font-size=\"9\" transform=\"rotate(-90 {:.1} {end:.1})\"",
                mid + 3.0
            );
            svg.text(
                mid + 3.0,
                end,
                beyond_anchor,
                &attrs,
                &format!("{:.2}x", bar.speedup),
                None,
            );
        }
    }
    let (lx, ly) = (x0 + group_w / 2.0, TOP + PLOT_H + 14.0);
    let mut attrs = format!(" transform=\"rotate(-45 {lx:.1} {ly:.1})\"");
    if group.is_mean {
        attrs.push_str(" font-weight=\"bold\"");
    }
    svg.text(lx, ly, "end", &attrs, &group.label, None);
}

/// SVG text being built, one element per line.
#[derive(Default)]
struct Canvas(String);

impl Canvas {
    #[expect(
        clippy::too_many_arguments,
        reason = "mirrors the SVG attributes one to one"
    )]
    fn rect(
        &mut self,
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        fill: &str,
        attrs: &str,
        title: Option<&str>,
    ) {
        let _ = write!(
            self.0,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"{fill}\"{attrs}"
        );
        self.close("rect", title);
    }

    fn text(
        &mut self,
        x: f64,
        y: f64,
        anchor: &str,
        attrs: &str,
        content: &str,
        title: Option<&str>,
    ) {
        let _ = write!(
            self.0,
            "<text x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\"{attrs}>{}",
            xml(content)
        );
        match title {
            Some(t) => {
                let _ = writeln!(self.0, "<title>{}</title></text>", xml(t));
            }
            None => self.0.push_str("</text>\n"),
        }
    }

    fn line(&mut self, x1: f64, y1: f64, x2: f64, y2: f64, attrs: &str) {
        let _ = writeln!(
            self.0,
            "<line x1=\"{x1:.1}\" y1=\"{y1:.1}\" x2=\"{x2:.1}\" y2=\"{y2:.1}\" {attrs}/>"
        );
    }

    /// Ends an empty element, or gives it a `<title>` tooltip child.
    fn close(&mut self, tag: &str, title: Option<&str>) {
        match title {
            Some(t) => {
                let _ = writeln!(self.0, "><title>{}</title></{tag}>", xml(t));
            }
            None => self.0.push_str("/>\n"),
        }
    }
}

/// `0.25x`, `0.5x`, `1x`, `2x`, ... for 2^e.
fn ratio_label(e: i32) -> String {
    if e >= 0 {
        format!("{}x", 1u64 << e.min(62))
    } else {
        format!("{}x", 2f64.powi(e))
    }
}

/// Escapes text for XML content and attribute values.
fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters even when escaped.
            c if u32::from(c) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('?'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::summary::{BenchSummary, Cell, Geomean, Reference};
    use super::*;

    fn cell(median: Option<f64>, speedup: Option<f64>, verdict: Verdict) -> Cell {
        Cell {
            times: vec![],
            cpu_times: vec![],
            median,
            speedup,
            peak_rss_mib: None,
            verdict,
        }
    }

    fn sample() -> Summary {
        Summary {
            impls: vec!["cpython2.7".into(), "py2jit".into(), "p<y>".into()],
            size_label: "default".into(),
            runs: 3,
            benches: vec![
                BenchSummary {
                    name: "fast&slow".into(),
                    size: 1,
                    reference: Reference::Recorded,
                    cells: vec![
                        cell(Some(2.0), Some(1.0), Verdict::Ok),
                        cell(Some(0.25), Some(8.0), Verdict::Ok),
                        cell(Some(4.0), Some(0.5), Verdict::Mismatch { line: 1 }),
                    ],
                },
                BenchSummary {
                    name: "broken".into(),
                    size: 1,
                    reference: Reference::Recorded,
                    cells: vec![
                        cell(Some(1.0), Some(1.0), Verdict::Ok),
                        cell(None, None, Verdict::Failed("exit status 1".into())),
                        cell(Some(1.0), Some(1.0), Verdict::Ok),
                    ],
                },
            ],
            geomeans: vec![
                Geomean {
                    speedup: Some(1.0),
                    count: 2,
                },
                Geomean {
                    speedup: Some(8.0),
                    count: 1,
                },
                Geomean {
                    speedup: Some(1.0),
                    count: 1,
                },
            ],
        }
    }

    #[test]
    fn labels_and_escaping() {
        assert_eq!(ratio_label(-2), "0.25x");
        assert_eq!(ratio_label(0), "1x");
        assert_eq!(ratio_label(4), "16x");
        assert_eq!(xml("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;?");
    }

    #[test]
    fn chart_content() {
        let svg = chart(&sample());
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>\n"));
        // Names are escaped; every open tag is closed.
        assert!(svg.contains(">fast&amp;slow</text>"));
        assert!(svg.contains(">p&lt;y&gt;</text>"));
        assert!(!svg.contains("p<y>"));
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
        for line in svg
            .lines()
            .filter(|l| l.starts_with("<rect") || l.starts_with("<line"))
        {
            assert!(line.ends_with("/>") || line.ends_with("</rect>"), "{line}");
        }
        // Three bars: 8x, the faded 0.5x, the geomeans 8x and 1x; one failure cross.
        assert_eq!(svg.matches("<title>").count(), 6, "{svg}");
        assert!(svg.contains("py2jit on fast&amp;slow: 8.00x (0.250 s vs 2.000 s)"));
        assert!(svg.contains("fill-opacity=\"0.35\""));
        assert!(svg.contains("py2jit on broken: failed: exit status 1"));
        assert!(svg.contains(">8.00x</text>"));
        // The grid spans 0.25x .. 16x (values padded by 1.25).
        assert!(svg.contains(">0.25x</text>") && svg.contains(">16x</text>"));
        assert!(
            svg.contains("Speedup over cpython2.7 (size default, median of 3 runs, log scale)")
        );
    }

    #[test]
    fn bars_grow_from_the_1x_line() {
        let svg = chart(&sample());
        let one = TOP + (4.0 - 0.0) / 6.0 * PLOT_H; // e_lo = -2, e_hi = 4
        let eight = TOP + (4.0 - 3.0) / 6.0 * PLOT_H;
        assert!(
            svg.contains(&format!(
                "y=\"{eight:.1}\" width=\"12.0\" height=\"{:.1}\"",
                one - eight
            )),
            "{svg}"
        );
    }

    #[test]
    fn single_implementation_is_not_an_error() {
        let mut s = sample();
        s.impls.truncate(1);
        for b in &mut s.benches {
            b.cells.truncate(1);
        }
        s.geomeans.truncate(1);
        let svg = chart(&s);
        assert!(svg.contains("nothing to compare"));
        assert!(svg.ends_with("</svg>\n"));
    }
}
