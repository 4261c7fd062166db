"""Context scores for polyphonic characters from g2pM's BiLSTM.

g2pM (PyPI ``g2pM`` 0.1.2.5, Apache-2.0, trained on the CPP train split) ships
its weights as NumPy arrays.  Its own inference loop costs about 60 µs per
character; this one runs both directions in one step (one batched matmul in
float32, gates laid out so one ``tanh`` call serves all four) and
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
ONE_THREAD = 128  # rows of a [rows, 64] @ [64, 32] product OpenBLAS still runs on one thread


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
        self._known: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        # Gate order in PyTorch: i, f, g, o (each `hidden` rows).  Put the
        # three sigmoid gates first (i f o g) and scale them by 1/2 so that
        # sigmoid(x) = (tanh(x/2) + 1) / 2 and one tanh serves all four.
        order = np.concatenate([np.arange(g * hidden, (g + 1) * hidden) for g in (0, 1, 3, 2)])
        scale = np.ones(4 * hidden)
        scale[: 3 * hidden] = 0.5
        emb = state["embedding.weight"].astype(np.float64)
        inputs, recurrent = [], []
        for suffix in ("l0", "l0_reverse"):
            w_ih = state[f"lstm.weight_ih_{suffix}"].astype(np.float64)[order]
            bias = (state[f"lstm.bias_ih_{suffix}"] + state[f"lstm.bias_hh_{suffix}"]).astype(np.float64)[order]
            # Input projection of every character id, computed once: [vocab, 4h].
            inputs.append(((emb @ w_ih.T + bias) * scale).astype(np.float32))
            recurrent.append(state[f"lstm.weight_hh_{suffix}"].astype(np.float64)[order] * scale[:, None])
        self._in_fw, self._in_bw = inputs
        # [direction, 4h, h]: one batched matmul steps both directions, with no
        # zero blocks (a block-diagonal matrix for both would double the work).
        self._recurrent = np.stack(recurrent).astype(np.float32)
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
        steps = max(len(sentence) for _, sentence, _ in work) + 2
        rows_in_batch = len(work)
        # float32 throughout the recurrence: half the memory traffic and a
        # four times cheaper tanh; the scores move by about 1e-6, far below
        # any margin a decision turns on (CPP dev: identical readings).
        inputs = np.zeros((steps, 2, rows_in_batch, 4 * hidden), dtype=np.float32)
        for row, (_, sentence, _) in enumerate(work):
            ids = [self._bos, *(self.char_ids.get(c, self._unk) for c in sentence), self._eos]
            inputs[: len(ids), 0, row] = self._in_fw[ids]
            inputs[: len(ids), 1, row] = self._in_bw[ids[::-1]]
        # Features before rows ([direction, 4h, rows]): each gate is then one
        # contiguous block per direction, and the elementwise steps run at
        # full speed instead of striding through the rows.
        inputs = np.ascontiguousarray(inputs.transpose(0, 1, 3, 2))
        recurrent = self._recurrent
        # Preallocated buffers and views: the loop below allocates nothing.
        gates = np.empty((2, 4 * hidden, rows_in_batch), dtype=np.float32)
        sigmoid, candidate = gates[:, : 3 * hidden], gates[:, 3 * hidden :]
        input_gate, forget_gate, output_gate = (gates[:, g * hidden : (g + 1) * hidden] for g in range(3))
        cell = np.zeros((2, hidden, rows_in_batch), dtype=np.float32)
        scratch = np.empty_like(cell)
        states = np.zeros((steps + 1, 2, hidden, rows_in_batch), dtype=np.float32)  # states[0]: the zero start
        for t in range(steps):
            np.matmul(recurrent, states[t], out=gates)
            gates += inputs[t]
            np.tanh(gates, out=gates)
            sigmoid *= 0.5
            sigmoid += 0.5
            cell *= forget_gate
            np.multiply(input_gate, candidate, out=scratch)
            cell += scratch
            np.tanh(cell, out=scratch)
            np.multiply(output_gate, scratch, out=states[t + 1])
        # The head, for every target of the batch at once: one gather, a
        # matmul, the logits of the known readings and their log-softmax.
        rows, fw_steps, bw_steps, columns = [], [], [], []
        for row, (b, sentence, targets) in enumerate(work):
            last = len(sentence) + 1
            for index in targets:
                rows.append((b, index))
                fw_steps.append(index + 2)  # after BOS, and states[0] is the start
                bw_steps.append(last - index)
                columns.append(row)
        features = np.concatenate([states[fw_steps, 0, :, columns], states[bw_steps, 1, :, columns]], axis=1)
        features = features.astype(np.float64)
        # In slices of ONE_THREAD rows: a bigger product makes OpenBLAS start
        # threads, which cost more than they save here.
        layer = np.concatenate([features[k : k + ONE_THREAD] @ self._fc0_w for k in range(0, len(features), ONE_THREAD)])
        layer += self._fc0_b
        np.maximum(layer, 0.0, out=layer)
        owners, classes, slots, bounds = [], [], [], []
        size = 0
        for j, (b, index) in enumerate(rows):
            readings = batch[b][1][index]
            for slot, k in self._known_classes(tuple(readings)):
                owners.append(j)
                classes.append(k)
                slots.append(size + slot)
            bounds.append(size)
            size += len(readings)
        bounds.append(size)
        scores = np.full(size, -np.inf)
        if owners:
            # Only the rows of the known classes: the full [targets, classes] product
            # would cost far more (and be big enough for OpenBLAS to start threads).
            values = np.einsum("ij,ij->i", layer[owners], self._fc1_w[classes]) + self._fc1_b[classes]
            starts = np.flatnonzero(np.diff(owners, prepend=-1))
            counts = np.diff(starts, append=len(owners))
            values -= np.repeat(np.maximum.reduceat(values, starts), counts)
            values -= np.repeat(np.log(np.add.reduceat(np.exp(values), starts)), counts)
            scores[slots] = values
        for j, (b, index) in enumerate(rows):
            results[b][index] = scores[bounds[j] : bounds[j + 1]]
        return results

    def _known_classes(self, readings: tuple[str, ...]) -> list[tuple[int, int]]:
        """(position in ``readings``, class id) of each reading the model has a class for."""
        known = self._known.get(readings)
        if known is None:
            known = [(slot, self.class_ids[r]) for slot, r in enumerate(readings) if r in self.class_ids]
            self._known[readings] = known
        return known


def _load(resource) -> object:
    with resource.open("rb") as handle:
        return pickle.load(handle)


@cache
def polyphone_model() -> PolyphoneModel:
    """The shared model, loaded on first use (about 0.1 s)."""
    return PolyphoneModel()
