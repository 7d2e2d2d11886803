"""Abstract Base Classes (ABCs) according to PEP 3119."""

import types

try:
    from _weakrefset import WeakSet
except ImportError:
    # Without native weak references the registries hold classes strongly;
    # membership tests behave the same.
    WeakSet = set


class _C:
    pass


# type() of any classic instance.
_InstanceType = type(_C())
del _C


def abstractmethod(funcobj):
    """A decorator indicating abstract methods.

    Requires that the metaclass is ABCMeta or derived from it.  A
    class that has a metaclass derived from ABCMeta cannot be
    instantiated unless all of its abstract methods are overridden.
    The abstract methods can be called using any of the normal
    'super' call mechanisms.

    Usage:

        class C:
            __metaclass__ = ABCMeta
            @abstractmethod
            def my_abstract_method(self, ...):
                ...
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    """A decorator indicating abstract properties.

    Requires that the metaclass is ABCMeta or derived from it.  A
    class that has a metaclass derived from ABCMeta cannot be
    instantiated unless all of its abstract properties are overridden.
    The abstract properties can be called using any of the normal
    'super' call mechanisms.

    Usage:

        class C:
            __metaclass__ = ABCMeta
            @abstractproperty
            def my_abstract_property(self):
                ...

    This defines a read-only property; you can also define a read-write
    abstract property using the 'long' form of property declaration:

        class C:
            __metaclass__ = ABCMeta
            def getx(self): ...
            def setx(self, value): ...
            x = abstractproperty(getx, setx)
    """
    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    Use this metaclass to create an ABC.  An ABC can be subclassed
    directly, and then acts as a mix-in class.  You can also register
    unrelated concrete classes (even built-in classes) and unrelated
    ABCs as 'virtual subclasses' -- these and their descendants will
    be considered subclasses of the registering ABC by the built-in
    issubclass() function, but the registering ABC won't show up in
    their MRO (Method Resolution Order) nor will method
    implementations defined by the registering ABC be callable (not
    even via super()).
    """

    # Bumped by every register(); a class's negative cache is valid only
    # while its recorded version equals this counter.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super(ABCMeta, mcls).__new__(mcls, name, bases, namespace)
        # Abstract names: those marked in this body, plus inherited abstract
        # names this class did not override with something concrete.
        abstracts = set()
        for key, value in namespace.items():
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, key, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = WeakSet()
        cls._abc_cache = WeakSet()
        cls._abc_negative_cache = WeakSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, (type, types.ClassType)):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print >> file, "Class: %s.%s" % (cls.__module__, cls.__name__)
        print >> file, "Inv.counter: %s" % ABCMeta._abc_invalidation_counter
        for key in sorted(cls.__dict__.keys()):
            if key.startswith("_abc_"):
                print >> file, "%s: %r" % (key, getattr(cls, key))

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        klass = getattr(instance, '__class__', None)
        if klass is not None and klass in cls._abc_cache:
            return True
        kind = type(instance)
        if kind is _InstanceType:
            kind = klass
        if kind is klass or klass is None:
            if (cls._abc_negative_cache_version ==
                    ABCMeta._abc_invalidation_counter and
                    kind in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(kind)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(kind)

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = WeakSet()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            assert isinstance(verdict, bool)
            if verdict:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return verdict
        # A real subclass?
        if cls in getattr(subclass, '__mro__', ()):
            cls._abc_cache.add(subclass)
            return True
        # A subclass of a registered class?
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        # A subclass of one of our subclasses (recursively)?
        for child in cls.__subclasses__():
            if issubclass(subclass, child):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False
