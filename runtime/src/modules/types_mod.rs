//! The `types` module: names for the builtin types (Lib/types.py).

use crate::rt::rt;
use crate::types::type_value;
use crate::{PyResult, module};

/// Creates the module.
pub fn create() -> PyResult {
    let m = module::new("types");
    let t = &rt().types;
    let names = [
        ("NoneType", t.none),
        ("TypeType", t.type_),
        ("ObjectType", t.object),
        ("IntType", t.int),
        ("LongType", t.long),
        ("FloatType", t.float),
        ("BooleanType", t.bool),
        ("ComplexType", t.complex),
        ("StringType", t.str),
        ("UnicodeType", t.unicode),
        ("BufferType", t.buffer),
        ("TupleType", t.tuple),
        ("ListType", t.list),
        ("DictType", t.dict),
        ("DictionaryType", t.dict),
        ("FunctionType", t.function),
        ("LambdaType", t.function),
        ("CodeType", t.code),
        ("GeneratorType", t.generator),
        ("ClassType", t.classobj),
        ("InstanceType", t.instance),
        ("MethodType", t.method),
        ("UnboundMethodType", t.method),
        ("BuiltinFunctionType", t.builtin_function),
        ("BuiltinMethodType", t.builtin_function),
        ("ModuleType", t.module),
        ("FileType", t.file),
        ("XRangeType", t.xrange),
        ("TracebackType", t.traceback),
        ("FrameType", t.frame),
        ("SliceType", t.slice),
        ("EllipsisType", t.ellipsis),
        ("DictProxyType", t.dictproxy),
        ("NotImplementedType", t.not_implemented),
        ("GetSetDescriptorType", t.getset_descriptor),
        ("MemberDescriptorType", t.member_descriptor),
    ];
    for (n, ty) in names {
        module::set_attr(&m, n, type_value(ty));
    }
    let st = crate::tuple::new(vec![type_value(t.str), type_value(t.unicode)]);
    module::set_attr(&m, "StringTypes", st);
    Ok(m)
}
