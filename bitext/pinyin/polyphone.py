"""Context scores for polyphonic characters from g2pM's BiLSTM.

g2pM (PyPI ``g2pM`` 0.1.2.5, Apache-2.0, trained on the CPP train split) ships
its weights as NumPy arrays.  Its own inference loop costs about 60 µs per
character; this one runs both directions in one step (a block-diagonal
recurrent matrix, gates laid out so one ``tanh`` call serves all four) and
scores only the candidate readings the caller offers, so it is several
times faster and never answers a reading the character cannot have.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from functools import cache
from importlib.resources import files

import numpy as np

BOS, EOS, UNK = "시", "끝", "<UNK>"


class PolyphoneModel:
    """Scores the readings of chosen characters of a sentence in context."""

    def __init__(self) -> None:
        package = files("g2pM")
        state = _load(package / "np_ckpt.pkl")
        self.char_ids: dict[str, int] = _load(package / "char2idx.pkl")
        classes: dict[str, int] = _load(package / "class2idx.pkl")
        self.class_ids = {reading.replace("u:", "v"): k for reading, k in classes.items()}
        self.class_ids.setdefault("er5", self.class_ids["r5"])  # CPP writes neutral 儿 as r5
        dictionary: dict[str, list[str]] = _load(package / "digest_cedict.pkl")
        self._polyphones = frozenset(c for c, readings in dictionary.items() if len(readings) > 1)
        self._unk, self._bos, self._eos = (self.char_ids[c] for c in (UNK, BOS, EOS))
        hidden = state["lstm.weight_hh_l0"].shape[1]
        self._hidden = hidden
        # Gate order in PyTorch: i, f, g, o (each `hidden` rows).  Lay the two
        # directions out gate by gate with the three sigmoid gates first:
        # [i_f i_b f_f f_b o_f o_b g_f g_b].  Scale the sigmoid gates by 1/2 so
        # that sigmoid(x) = (tanh(x/2) + 1) / 2 and one tanh serves all four.
        scale = np.ones(8 * hidden, dtype=np.float64)
        scale[: 6 * hidden] = 0.5

        def interleave(fw: np.ndarray, bw: np.ndarray) -> np.ndarray:
            parts = []
            for gate in (0, 1, 3, 2):
                rows = slice(gate * hidden, (gate + 1) * hidden)
                parts += [fw[rows], bw[rows]]
            return np.concatenate(parts, axis=0)

        w_ih_f, w_ih_b = state["lstm.weight_ih_l0"], state["lstm.weight_ih_l0_reverse"]
        bias_f = state["lstm.bias_ih_l0"] + state["lstm.bias_hh_l0"]
        bias_b = state["lstm.bias_ih_l0_reverse"] + state["lstm.bias_hh_l0_reverse"]
        emb = state["embedding.weight"].astype(np.float64)
        # Input projections per character id, precomputed once: [vocab, 8h] per direction.
        zeros = np.zeros_like(w_ih_f)
        zb = np.zeros_like(bias_f)
        self._in_fw = (emb @ interleave(w_ih_f, zeros).T.astype(np.float64) + interleave(bias_f, zb)) * scale
        self._in_bw = (emb @ interleave(zeros, w_ih_b).T.astype(np.float64) + interleave(zb, bias_b)) * scale
        w_hh_f, w_hh_b = state["lstm.weight_hh_l0"], state["lstm.weight_hh_l0_reverse"]
        recurrent = np.zeros((2 * hidden, 8 * hidden))
        recurrent[:hidden] = interleave(w_hh_f, np.zeros_like(w_hh_b)).T
        recurrent[hidden:] = interleave(np.zeros_like(w_hh_f), w_hh_b).T
        self._recurrent = recurrent * scale
        self._fc0_w = state["logit_layer.0.weight"].T.astype(np.float64)
        self._fc0_b = state["logit_layer.0.bias"].astype(np.float64)
        self._fc1_w = state["logit_layer.2.weight"].astype(np.float64)
        self._fc1_b = state["logit_layer.2.bias"].astype(np.float64)

    def is_polyphone(self, char: str) -> bool:
        """True for the characters whose reading the model was trained to choose."""
        return char in self._polyphones

    def scores(self, sentence: str, targets: dict[int, list[str]]) -> dict[int, np.ndarray]:
        """Log-probabilities of ``targets[i]`` (numbered readings) for character ``i``.

        A reading the model has no class for scores ``-inf``: CPP, which the
        model learnt from, writes full tones where some dictionaries write a
        neutral one (认识 rènshí, 枇杷 pípá), and bitext follows it there.
        """
        return self.batch_scores([(sentence, targets)])[0]

    def batch_scores(self, batch: Sequence[tuple[str, dict[int, list[str]]]]) -> list[dict[int, np.ndarray]]:
        """:meth:`scores` for several sentences at once: one recurrent step serves them all."""
        work = [(b, sentence, targets) for b, (sentence, targets) in enumerate(batch) if targets]
        results: list[dict[int, np.ndarray]] = [{} for _ in batch]
        if not work:
            return results
        hidden = self._hidden
        h2 = 2 * hidden
        steps = max(len(sentence) for _, sentence, _ in work) + 2
        inputs = np.zeros((steps, len(work), 8 * hidden))
        for row, (_, sentence, _) in enumerate(work):
            ids = [self._bos, *(self.char_ids.get(c, self._unk) for c in sentence), self._eos]
            inputs[: len(ids), row] = self._in_fw[ids] + self._in_bw[ids[::-1]]
        recurrent = self._recurrent
        rows_in_batch = len(work)
        # Preallocated buffers and views: the loop below allocates nothing.
        gates = np.empty((rows_in_batch, 8 * hidden))
        sigmoid, candidate = gates[:, : 3 * h2], gates[:, 3 * h2 :]
        input_gate, forget_gate, output_gate = (gates[:, g * h2 : (g + 1) * h2] for g in range(3))
        state = np.zeros((rows_in_batch, h2))
        cell = np.zeros((rows_in_batch, h2))
        scratch = np.empty((rows_in_batch, h2))
        states = np.empty((steps, rows_in_batch, h2))
        for t in range(steps):
            np.matmul(state, recurrent, out=gates)
            gates += inputs[t]
            np.tanh(gates, out=gates)
            sigmoid *= 0.5
            sigmoid += 0.5
            cell *= forget_gate
            np.multiply(input_gate, candidate, out=scratch)
            cell += scratch
            np.tanh(cell, out=scratch)
            np.multiply(output_gate, scratch, out=state)
            states[t] = state
        rows, features = [], []
        for row, (b, sentence, targets) in enumerate(work):
            last = len(sentence) + 1
            for index in targets:
                position = index + 1  # after BOS
                features.append(np.concatenate([states[position, row, :hidden], states[last - position, row, hidden:]]))
                rows.append((b, index))
        layer = np.maximum(np.stack(features) @ self._fc0_w + self._fc0_b, 0.0)
        for (b, index), vector in zip(rows, layer):
            readings = batch[b][1][index]
            known = [self.class_ids.get(r, -1) for r in readings]
            logits = np.full(len(readings), -np.inf)
            classes = [k for k in known if k >= 0]
            if classes:
                values = self._fc1_w[classes] @ vector + self._fc1_b[classes]
                values -= np.logaddexp.reduce(values)
                logits[[j for j, k in enumerate(known) if k >= 0]] = values
            results[b][index] = logits
        return results


def _load(resource) -> object:
    with resource.open("rb") as handle:
        return pickle.load(handle)


@cache
def polyphone_model() -> PolyphoneModel:
    """The shared model, loaded on first use (about 0.1 s)."""
    return PolyphoneModel()
