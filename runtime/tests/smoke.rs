//! Boots the runtime and checks core operations end to end.

use py2jit_runtime::rt::Runtime;
use py2jit_runtime::{Value, dict, int, list, ops, str as pstr, tuple};

fn repr(v: &Value) -> String {
    ops::repr_string(v).unwrap()
}

#[test]
fn bootstrap_and_basic_ops() {
    Runtime::init(vec!["x".into()], vec![]);
    let d = dict::new();
    for (k, v) in [("b", 1), ("a", 2), ("c", 3)] {
        dict::set(&d, pstr::new(k), int::new(v)).unwrap();
    }
    assert_eq!(repr(&d), "{'a': 2, 'c': 3, 'b': 1}");
    let l = list::new(vec![
        int::new(3),
        Value::float(1.5),
        pstr::new("x"),
        Value::NONE,
    ]);
    assert_eq!(repr(&l), "[3, 1.5, 'x', None]");
    let t = tuple::new(vec![int::new(1)]);
    assert_eq!(repr(&t), "(1,)");
    let big = ops::mul(&int::new(1 << 40), &int::new(1 << 40)).unwrap();
    assert_eq!(repr(&big), "1208925819614629174706176L");
    let s = ops::modulo(
        &pstr::new("%5.2f|%-4d|%s"),
        &tuple::new(vec![Value::float(1.23456), int::new(7), pstr::new("z")]),
    )
    .unwrap();
    assert_eq!(pstr::as_str_lossy(&s), " 1.23|7   |z");
    let r = ops::call_method(&pstr::new("a,b,c"), "split", &[pstr::new(",")]).unwrap();
    assert_eq!(repr(&r), "['a', 'b', 'c']");
    let e = ops::add(&int::new(1), &pstr::new("a")).unwrap_err();
    assert_eq!(
        py2jit_runtime::exceptions::format_exception_only(&e),
        "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n"
    );
    let f = ops::call_method(
        &pstr::new("{0:>6}|{1:.3f}"),
        "format",
        &[int::new(42), Value::float(2.0)],
    )
    .unwrap();
    assert_eq!(pstr::as_str_lossy(&f), "    42|2.000");
}
