"""A small recursive ray tracer: a Vec class with operator methods, scene
objects with virtual intersect/normal methods, lots of short-lived objects.

The scene is three spheres on a checkered plane under two point lights,
with Lambert shading, hard shadows and mirror reflection.  Each pixel's
colour is clamped and quantized to 0..255 per channel.

usage: raytrace.py [N]   image is N x N pixels (default 120)
"""
import sys
import math

EPSILON = 1e-6
MAX_DEPTH = 3


class Vec(object):
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        return self.scale(1.0 / self.length())


BLACK = Vec(0.0, 0.0, 0.0)


class Ray(object):
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Material(object):
    def __init__(self, colour, reflect, checker=None):
        self.colour = colour
        self.reflect = reflect
        self.checker = checker

    def colour_at(self, point):
        if self.checker is None:
            return self.colour
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2:
            return self.checker
        return self.colour


class Sphere(object):
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        """Smallest t > EPSILON where ray hits the sphere, or None."""
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).unit()


class Plane(object):
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.unit()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Scene(object):
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = 0.1
        self.rays = 0

    def closest(self, ray):
        self.rays += 1
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light):
        to_light = light - point
        distance = to_light.length()
        ray = Ray(point, to_light.scale(1.0 / distance))
        obj, t = self.closest(ray)
        return obj is not None and t < distance

    def trace(self, ray, depth):
        obj, t = self.closest(ray)
        if obj is None:
            return BLACK
        point = ray.at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.colour_at(point)
        shade = self.ambient
        for light in self.lights:
            if self.in_shadow(point, light):
                continue
            lambert = (light - point).unit().dot(normal)
            if lambert > 0.0:
                shade += lambert
        colour = base.scale(min(shade, 1.0))
        if depth < MAX_DEPTH and material.reflect > 0.0:
            d = ray.direction
            mirrored = d - normal.scale(2.0 * d.dot(normal))
            bounced = self.trace(Ray(point, mirrored), depth + 1)
            colour = colour.scale(1.0 - material.reflect) + bounced.scale(material.reflect)
        return colour


def build_scene():
    scene = Scene()
    scene.objects.append(Sphere(Vec(0.0, 1.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.3)))
    scene.objects.append(Sphere(Vec(-2.2, 0.7, 6.5), 0.7, Material(Vec(0.2, 0.9, 0.3), 0.5)))
    scene.objects.append(Sphere(Vec(2.0, 1.5, 7.0), 1.5, Material(Vec(0.3, 0.4, 0.9), 0.2)))
    floor = Material(Vec(0.9, 0.9, 0.9), 0.1, Vec(0.1, 0.1, 0.1))
    scene.objects.append(Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), floor))
    scene.lights.append(Vec(-5.0, 8.0, -2.0))
    scene.lights.append(Vec(6.0, 5.0, 1.0))
    return scene


def quantize(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0)


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 120
    scene = build_scene()
    eye = Vec(0.0, 1.5, -1.0)
    checksum = 0
    totals = [0, 0, 0]
    for row in range(size):
        y = 1.0 - 2.0 * (row + 0.5) / size
        for col in range(size):
            x = -1.0 + 2.0 * (col + 0.5) / size
            direction = Vec(x, y, 1.5).unit()
            c = scene.trace(Ray(eye, direction), 0)
            r, g, b = quantize(c.x), quantize(c.y), quantize(c.z)
            totals[0] += r
            totals[1] += g
            totals[2] += b
            checksum = (checksum * 31 + (r << 16 | g << 8 | b)) % 1000000007
    pixels = size * size
    print 'image %dx%d, %d rays' % (size, size, scene.rays)
    print 'mean rgb: %.9f %.9f %.9f' % (totals[0] / float(pixels), totals[1] / float(pixels),
                                        totals[2] / float(pixels))
    print 'checksum: %d' % checksum


main()
