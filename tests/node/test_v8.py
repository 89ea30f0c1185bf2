"""node:v8 against node: v8.serialize's bytes and v8.deserialize's values for many kinds of
value, the Serializer and Deserializer classes with overridden host-object methods, the
heap's statistics (their shape), bytes written by one runtime and read by the other; and what
node cannot be compared with: that no input or callback crashes the host."""

from conftest import assert_same_as_node


def same_as_node(toyjs, node, programs, name):
    program = programs / "node" / name
    assert_same_as_node(toyjs("run", program), node(program))


def test_serialize_same_as_node(toyjs, node, programs):
    same_as_node(toyjs, node, programs, "v8_serialize.mjs")


def test_serializer_classes_same_as_node(toyjs, node, programs):
    same_as_node(toyjs, node, programs, "v8_classes.mjs")


def test_heap_statistics_and_the_rest_same_as_node(toyjs, node, programs):
    same_as_node(toyjs, node, programs, "v8_heap.mjs")


def test_bytes_cross_between_node_and_toyjs(toyjs, node, programs):
    program = programs / "node" / "v8_interop.mjs"
    node_bytes = node(program).stdout.split()
    toyjs_bytes = toyjs("run", program).stdout.split()
    # The same bytes, but for the last sample's error fields, which V8 13.6 orders differently.
    assert toyjs_bytes[:-1] == node_bytes[:-1]
    assert sorted(toyjs_bytes[-1]) == sorted(node_bytes[-1])

    node_reads_toyjs = node(program, *toyjs_bytes)
    assert node_reads_toyjs.code == 0, node_reads_toyjs.stderr
    assert node_reads_toyjs.stdout == node(program, *node_bytes).stdout
    assert toyjs("run", program, *toyjs_bytes).stdout == node_reads_toyjs.stdout

    toyjs_reads_node = toyjs("run", program, *node_bytes[:-1])
    assert toyjs_reads_node.code == 0, toyjs_reads_node.stderr
    assert toyjs_reads_node.stdout == node(program, *node_bytes[:-1]).stdout


def run_js(toyjs, tmp_path, source):
    program = tmp_path / "program.mjs"
    program.write_text(source)
    return toyjs("run", program)


def test_mangled_bytes_throw_and_never_crash(toyjs, tmp_path):
    """Every byte of valid serializations replaced with every tenth value, and every prefix:
    each read returns or throws, and the process lives on."""
    done = run_js(
        toyjs,
        tmp_path,
        """
        import v8 from "node:v8";
        const samples = [
          { a: [1, 2.5, "x", 10n], m: new Map([[1, new Set([2])]]), d: new Date(0), r: /x/g },
          [Buffer.from("ab"), new Float64Array([1]), new DataView(new ArrayBuffer(4), 1), new ArrayBuffer(3)],
          Object.assign(new RangeError("e"), { stack: "s" }),
          [new String("s"), new Number(1), "\\u65e5", new Array(3), { 1: 2 }],
        ];
        let reads = 0;
        let errors = 0;
        const attempt = (bytes) => {
          reads++;
          try { v8.deserialize(bytes); } catch { errors++; }
        };
        for (const value of samples) {
          const good = v8.serialize(value);
          for (let at = 0; at < good.length; at++) {
            attempt(good.subarray(0, at));
            for (let byte = 0; byte < 256; byte += 10) {
              const bad = Buffer.from(good);
              bad[at] = byte;
              attempt(bad);
            }
          }
        }
        console.log(reads > 1000, errors > 100);
        """,
    )
    assert (done.code, done.stdout, done.stderr) == (0, "true true\n", "")


def test_read_value_inside_read_host_object_is_refused(toyjs, tmp_path):
    """V8 reads values with JS disallowed; the host-object callback runs with JS allowed, but
    may not start reading values itself (they could reach objects still being built)."""
    done = run_js(
        toyjs,
        tmp_path,
        """
        import v8 from "node:v8";
        class Nested extends v8.Deserializer {
          _readHostObject() {
            return { inner: this.readValue() };
          }
        }
        const serializer = new v8.Serializer();
        serializer.writeHeader();
        serializer.writeValue({ first: 1 });
        const bytes = Buffer.concat([serializer.releaseBuffer(), Buffer.from([0x5c, 0x49, 0x02])]);
        const deserializer = new Nested(bytes);
        deserializer.readHeader();
        console.log(deserializer.readValue());
        try {
          deserializer.readValue();
        } catch (error) {
          console.log(error.message);
        }
        """,
    )
    assert (done.code, done.stderr) == (0, "")
    assert done.stdout == "{ first: 1 }\nreadHeader() and readValue() cannot be called from _readHostObject()\n"


def test_serializers_are_collected_while_in_use_elsewhere(toyjs, tmp_path):
    """Many serializers and deserializers, dropped as they go: their native halves are freed by
    the garbage collector (in its second pass) while others are being used."""
    done = run_js(
        toyjs,
        tmp_path,
        """
        import v8 from "node:v8";
        let total = 0;
        const kept = new v8.DefaultSerializer();
        kept.writeHeader();
        for (let i = 0; i < 50000; i++) {
          const bytes = v8.serialize({ i, list: new Uint8Array(64) });
          total += v8.deserialize(bytes).i;
          kept.writeValue(i);
        }
        const back = new v8.DefaultDeserializer(kept.releaseBuffer());
        back.readHeader();
        console.log(total, back.readValue(), back.readValue());
        """,
    )
    assert (done.code, done.stdout, done.stderr) == (0, "1249975000 0 1\n", "")
