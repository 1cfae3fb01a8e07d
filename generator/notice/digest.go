package notice

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"reflect"

	"go.yaml.in/yaml/v3"
)

// DigestPrefix begins every digest Digest returns, naming how it is
// made: a digest recorded without it was made otherwise (by formatting
// the YAML) and cannot be compared.
const DigestPrefix = "nodes-sha256:"

// Digest returns the SHA-256 of in as a model, with DigestPrefix: the
// digest of the nodes of its canonical self-contained encoding (Marshal),
// taken without formatting them as YAML. Two institutions have the same
// digest when Marshal writes them alike: comments, layout and the files
// the facts are kept in do not count, every fact written does.
func Digest(in *Institution, langs []string) string {
	h := sha256.New()
	hashNode(h, Encoder{Langs: langs}.fields(institutionFields(), reflect.ValueOf(in).Elem()))
	return DigestPrefix + hex.EncodeToString(h.Sum(nil))
}

// hashNode writes n to h unambiguously: kind, tag and value, each
// length-prefixed, then its children in order.
func hashNode(h hash.Hash, n *yaml.Node) {
	var b [1 + 3*binary.MaxVarintLen64]byte
	buf := append(b[:0], byte(n.Kind))
	buf = binary.AppendUvarint(buf, uint64(len(n.Tag)))
	h.Write(buf)
	h.Write([]byte(n.Tag))
	buf = binary.AppendUvarint(b[:0], uint64(len(n.Value)))
	h.Write(buf)
	h.Write([]byte(n.Value))
	buf = binary.AppendUvarint(b[:0], uint64(len(n.Content)))
	h.Write(buf)
	for _, c := range n.Content {
		hashNode(h, c)
	}
}
