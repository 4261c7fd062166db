"""Builds small but real Argos Translate packages (``.argosmodel``) offline.

Tests install and translate with a package made here instead of downloading
the public one: a SentencePiece model trained on template sentences, a
CTranslate2 Transformer (``TransformerSpec.from_config``) whose weights come
from a small torch model trained to translate those templates, a
``metadata.json`` (zh → en) and a one-node ONNX sentence splitter in
``minisbd/`` so argostranslate never fetches one. The benchmark reuses the
same builder for a randomly initialised Transformer-base.
"""

from __future__ import annotations

import json
import os
import math
import shutil
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

PEOPLE = {
    "普京": "Putin",
    "托卡耶夫": "Tokayev",
    "习近平": "Xi Jinping",
    "泽连斯基": "Zelensky",
    "拜登": "Biden",
    "卢卡申科": "Lukashenko",
    "米舒斯京": "Mishustin",
}
COUNTRIES = {
    "俄罗斯": "Russia",
    "哈萨克斯坦": "Kazakhstan",
    "中国": "China",
    "美国": "America",
    "乌克兰": "Ukraine",
    "白俄罗斯": "Belarus",
}
SENTENCE_END = "。！？!?"


def template_pairs() -> list[tuple[str, str]]:
    """Chinese → English sentence pairs the tiny model learns by heart."""
    pairs = []
    for p, pe in PEOPLE.items():
        pairs.append((f"{p}说。", f"{pe} said."))
        for c, ce in COUNTRIES.items():
            pairs.append((f"{p}访问了{c}。", f"{pe} visited {ce}."))
            pairs.append((f"{p}批评了{c}。", f"{pe} criticized {ce}."))
            pairs.append((f"{p}表示，{c}是朋友。", f"{pe} said that {ce} is a friend."))
        for q, qe in PEOPLE.items():
            if q != p:
                pairs.append((f"{p}会见了{q}。", f"{pe} met {qe}."))
    for c, ce in COUNTRIES.items():
        for d, de in COUNTRIES.items():
            if d != c:
                pairs.append((f"{c}支持{d}。", f"{ce} supports {de}."))
    return pairs


# --- sentence splitter -----------------------------------------------------------------


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _int(field: int, value: int) -> bytes:
    return _varint(field << 3) + _varint(value)


def _bytes(field: int, payload: bytes | str) -> bytes:
    data = payload.encode() if isinstance(payload, str) else payload
    return _varint(field << 3 | 2) + _varint(len(data)) + data


def _tensor_type(name: str, elem_type: int, dims: list[str | int]) -> bytes:
    shape = b"".join(
        _bytes(1, _int(1, d) if isinstance(d, int) else _bytes(2, d)) for d in dims
    )
    tensor = _int(1, elem_type) + _bytes(2, shape)
    return _bytes(1, name) + _bytes(2, _bytes(1, tensor))


def write_sentence_splitter(folder: Path, boundaries: str = SENTENCE_END) -> Path:
    """Write a MiniSBD-compatible ONNX model: a character → boundary-class lookup.

    Written as raw protobuf so the ``onnx`` package is not needed. Every
    character ends a token (class 1); ``boundaries`` end a sentence (class 2).
    """
    FLOAT, INT64 = 1, 7
    units = ["<PAD>", "<UNK>", *boundaries]
    table = np.zeros((len(units), 5), dtype=np.float32)
    table[:, 1] = 1.0
    table[2:, 1] = 0.0
    table[2:, 2] = 1.0
    initializer = (
        _int(1, table.shape[0]) + _int(1, table.shape[1]) + _int(2, FLOAT)
        + _bytes(8, "table") + _bytes(9, table.tobytes())
    )
    node = _bytes(1, "table") + _bytes(1, "units") + _bytes(2, "logits") + _bytes(4, "Gather")
    graph = (
        _bytes(1, node) + _bytes(2, "sbd") + _bytes(5, initializer)
        + _bytes(11, _tensor_type("units", INT64, ["batch", "time"]))
        + _bytes(11, _tensor_type("features", FLOAT, ["batch", "time", "feats"]))
        + _bytes(12, _tensor_type("logits", FLOAT, ["batch", "time", 5]))
    )
    vocab = {
        "lang": "zh", "idx": 0, "cutoff": 0, "lower": False,
        "_id2unit": units, "_unit2id": {u: i for i, u in enumerate(units)},
    }
    meta = {"lang_code": "zh", "config": json.dumps({"feat_funcs": []}), "vocab": json.dumps(vocab)}
    model = (
        _int(1, 7) + _bytes(2, "bitext-tests") + _bytes(7, graph)
        + _bytes(8, _bytes(1, "") + _int(2, 13))
        + b"".join(_bytes(14, _bytes(1, k) + _bytes(2, v)) for k, v in meta.items())
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "zh.onnx"
    path.write_bytes(model)
    return path


# --- model -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ModelShape:
    layers: int = 2
    d_model: int = 64
    heads: int = 2
    ffn: int = 128
    max_positions: int = 512


def sinusoid_table(positions: int, d_model: int) -> np.ndarray:
    """Position encodings, stored in the CTranslate2 model so both sides agree."""
    half = d_model // 2
    rates = np.exp(-math.log(10000.0) * np.arange(half) / max(half - 1, 1))
    angles = np.arange(positions)[:, None] * rates[None, :]
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1).astype(np.float32)


def _ln(spec, norm) -> None:
    spec.gamma = norm.weight.detach().numpy()
    spec.beta = norm.bias.detach().numpy()


def _linear(spec, weight, bias) -> None:
    spec.weight = weight.detach().numpy()
    spec.bias = bias.detach().numpy()


def _ffn(spec, layer, norm) -> None:
    _ln(spec.layer_norm, norm)
    _linear(spec.linear_0, layer.linear1.weight, layer.linear1.bias)
    _linear(spec.linear_1, layer.linear2.weight, layer.linear2.bias)


class _Seq2Seq:
    """A torch pre-norm Transformer laid out exactly like CTranslate2's spec."""

    def __init__(self, vocab_size: int, shape: ModelShape, seed: int):
        import torch
        from torch import nn

        torch.manual_seed(seed)
        self.shape = shape
        with warnings.catch_warnings():  # nested tensors are off with norm_first; harmless
            warnings.simplefilter("ignore")
            self.core = nn.Transformer(
                shape.d_model, shape.heads, shape.layers, shape.layers, shape.ffn,
                dropout=0.0, batch_first=True, norm_first=True,
            )
        self.src_emb = nn.Embedding(vocab_size, shape.d_model)
        self.tgt_emb = nn.Embedding(vocab_size, shape.d_model)
        self.proj = nn.Linear(shape.d_model, vocab_size)
        for emb in (self.src_emb, self.tgt_emb):
            nn.init.normal_(emb.weight, std=shape.d_model**-0.5)
        self.pe = torch.from_numpy(sinusoid_table(shape.max_positions, shape.d_model))
        self.modules = nn.ModuleList([self.core, self.src_emb, self.tgt_emb, self.proj])

    def _embed(self, emb, ids):
        return emb(ids) * math.sqrt(self.shape.d_model) + self.pe[: ids.shape[1]]

    def logits(self, src, src_pad, tgt_in, tgt_pad):
        import torch

        causal = torch.triu(torch.ones(tgt_in.shape[1], tgt_in.shape[1], dtype=torch.bool), diagonal=1)
        out = self.core(
            self._embed(self.src_emb, src), self._embed(self.tgt_emb, tgt_in),
            tgt_mask=causal, src_key_padding_mask=src_pad, tgt_key_padding_mask=tgt_pad,
            memory_key_padding_mask=src_pad,
        )
        return self.proj(out)

    def train(self, examples: list[tuple[list[int], list[int]]], steps: int, eos: int, bos: int) -> None:
        import torch

        threads = torch.get_num_threads()
        torch.set_num_threads(1)  # tiny matrices: more threads only spin against each other
        try:
            self._train(examples, steps, eos, bos)
        finally:
            torch.set_num_threads(threads)

    def _train(self, examples, steps, eos, bos) -> None:
        import torch

        opt = torch.optim.Adam(self.modules.parameters(), lr=8e-3)
        rng = np.random.default_rng(0)
        loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100)
        for _ in range(steps):
            batch = [examples[i] for i in rng.integers(0, len(examples), 48)]
            src = [s + [eos] for s, _ in batch]
            tgt = [[bos] + t + [eos] for _, t in batch]
            S, T = max(map(len, src)), max(map(len, tgt)) - 1
            src_ids = torch.tensor([s + [0] * (S - len(s)) for s in src])
            src_pad = torch.tensor([[False] * len(s) + [True] * (S - len(s)) for s in src])
            tin = torch.tensor([t[:-1] + [0] * (T + 1 - len(t)) for t in tgt])
            tout = torch.tensor([t[1:] + [-100] * (T + 1 - len(t)) for t in tgt])
            tpad = torch.tensor([[False] * (len(t) - 1) + [True] * (T + 1 - len(t)) for t in tgt])
            logits = self.logits(src_ids, src_pad, tin, tpad)
            loss = loss_fn(logits.reshape(-1, logits.shape[-1]), tout.reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()

    def to_spec(self, vocab: list[str]):
        import ctranslate2

        shape = self.shape
        spec = ctranslate2.specs.TransformerSpec.from_config(shape.layers, shape.heads)
        spec.config.add_source_eos = True
        spec.config.layer_norm_epsilon = 1e-5
        pe = self.pe.numpy()
        enc, dec = spec.encoder, spec.decoder
        enc.embeddings[0].weight = self.src_emb.weight.detach().numpy()
        dec.embeddings.weight = self.tgt_emb.weight.detach().numpy()
        enc.position_encodings.encodings = pe
        dec.position_encodings.encodings = pe
        _ln(enc.layer_norm, self.core.encoder.norm)
        _ln(dec.layer_norm, self.core.decoder.norm)
        _linear(dec.projection, self.proj.weight, self.proj.bias)
        d = shape.d_model
        for layer_spec, layer in zip(enc.layer, self.core.encoder.layers):
            att = layer_spec.self_attention
            _ln(att.layer_norm, layer.norm1)
            _linear(att.linear[0], layer.self_attn.in_proj_weight, layer.self_attn.in_proj_bias)
            _linear(att.linear[1], layer.self_attn.out_proj.weight, layer.self_attn.out_proj.bias)
            _ffn(layer_spec.ffn, layer, layer.norm2)
        for layer_spec, layer in zip(dec.layer, self.core.decoder.layers):
            att = layer_spec.self_attention
            _ln(att.layer_norm, layer.norm1)
            _linear(att.linear[0], layer.self_attn.in_proj_weight, layer.self_attn.in_proj_bias)
            _linear(att.linear[1], layer.self_attn.out_proj.weight, layer.self_attn.out_proj.bias)
            cross, mha = layer_spec.attention, layer.multihead_attn
            _ln(cross.layer_norm, layer.norm2)
            _linear(cross.linear[0], mha.in_proj_weight[:d], mha.in_proj_bias[:d])
            _linear(cross.linear[1], mha.in_proj_weight[d:], mha.in_proj_bias[d:])
            _linear(cross.linear[2], mha.out_proj.weight, mha.out_proj.bias)
            _ffn(layer_spec.ffn, layer, layer.norm3)
        spec.register_source_vocabulary(vocab)
        spec.register_target_vocabulary(vocab)
        return spec


def _end_with_position(spec, eos: int, threshold: float) -> None:
    """Let ``</s>`` win once the decoder step is large: a ramp in one position dimension feeds its logit."""
    last = spec.decoder.embeddings.weight.shape[1] - 1
    pe = np.array(spec.decoder.position_encodings.encodings, copy=True)
    pe[:, last] = 0.5 * np.arange(len(pe))
    spec.decoder.position_encodings.encodings = pe
    weight = np.array(spec.decoder.projection.weight, copy=True)
    bias = np.array(spec.decoder.projection.bias, copy=True)
    weight[:, last] = 0.0
    weight[eos] = 0.0
    weight[eos, last] = 1.0
    bias[eos] = -threshold
    spec.decoder.projection.weight = weight
    spec.decoder.projection.bias = bias


def train_sentencepiece(lines: list[str], prefix: Path, vocab_size: int) -> Path:
    """Train a shared zh+en SentencePiece model; ids 0/1/2 are <unk>/<s>/</s>."""
    import sentencepiece as spm

    corpus = prefix.with_suffix(".txt")
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), vocab_size=vocab_size,
        character_coverage=1.0, hard_vocab_limit=False, minloglevel=2,
        unk_id=0, bos_id=1, eos_id=2, pad_id=-1,
    )
    return prefix.with_suffix(".model")


def build_package(
    dest: Path,
    *,
    name: str = "translate-zh_en-tiny",
    version: str = "0.1",
    pairs: list[tuple[str, str]] | None = None,
    extra_lines: list[str] = (),
    vocab_size: int = 400,
    shape: ModelShape = ModelShape(),
    train_steps: int = 0,
    quantization: str | None = None,
    seed: int = 1,
    logit_bias: dict[str, float] | None = None,
    stop_threshold: float | None = None,
) -> Path:
    """Build ``dest/<name>.argosmodel`` (one top-level folder) and return its path.

    With ``train_steps`` the model is trained on ``pairs``; without, it keeps
    its seeded random weights (which loop on one token until the length limit).
    ``logit_bias`` adds to the output logits of the pieces named, to make a
    model that fails in a chosen way (``{"▁": 30, "</s>": 40}``: empty output).
    ``stop_threshold`` makes a random model end its output after a number of
    pieces that grows with the threshold, instead of looping to the limit.
    """
    import sentencepiece as spm

    pairs = pairs if pairs is not None else template_pairs()
    work = dest / f"{name}.build"
    shutil.rmtree(work, ignore_errors=True)
    root = work / name
    root.mkdir(parents=True)
    lines = [zh for zh, _ in pairs] + [en for _, en in pairs if en] + list(extra_lines)
    sp_path = train_sentencepiece(lines, work / "sp", vocab_size)
    shutil.copy(sp_path, root / "sentencepiece.model")
    sp = spm.SentencePieceProcessor(model_file=str(sp_path))
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    model = _Seq2Seq(len(vocab), shape, seed)
    if train_steps:
        examples = [(sp.encode(zh), sp.encode(en)) for zh, en in pairs]
        model.train(examples, train_steps, eos=sp.eos_id(), bos=sp.bos_id())
    spec = model.to_spec(vocab)
    for piece, bias in (logit_bias or {}).items():
        spec.decoder.projection.bias[sp.piece_to_id(piece)] += bias
    if stop_threshold is not None:
        _end_with_position(spec, sp.eos_id(), stop_threshold)
    spec.validate()
    spec.optimize(quantization=quantization)
    (root / "model").mkdir()
    spec.save(str(root / "model"))
    write_sentence_splitter(root / "minisbd")
    metadata = {
        "package_version": version, "argos_version": "1.11", "from_code": "zh",
        "from_name": "Chinese", "to_code": "en", "to_name": "English", "type": "translate",
    }
    (root / "metadata.json").write_text(json.dumps(metadata, indent=2), encoding="utf-8")
    (root / "README.md").write_text(f"{name}: built by bitext's tests, not a real model.\n")
    archive = dest / f"{name}.argosmodel"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(root.rglob("*")):
            zf.write(path, path.relative_to(work))
    shutil.rmtree(work)
    return archive


def build_tiny_trained_package(dest: Path) -> Path:
    """The tests' package: 2+2 layers, d_model 64, trained on the templates (300 steps, about 10 s)."""
    return build_package(dest, train_steps=300)



def extract_package(archive: Path, dest: Path) -> Path:
    """Unpack an archive the way argostranslate does; return the package folder."""
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(dest)
        return dest / zf.namelist()[0].split("/")[0]


def isolated_env(folder: Path) -> dict[str, str]:
    """Environment for a subprocess whose argostranslate folders (packages, data, cache) are under ``folder``."""
    return {**os.environ, "ARGOS_PACKAGES_DIR": str(folder / "packages"), "XDG_DATA_HOME": str(folder / "data"),
            "XDG_CACHE_HOME": str(folder / "cache"), "XDG_CONFIG_HOME": str(folder / "config")}


# --- pytest fixtures (imported by conftest.py) ----------------------------------------


@pytest.fixture(scope="session")
def tiny_argos_archive(tmp_path_factory) -> Path:
    """The trained tiny zh→en ``.argosmodel`` (built once per session, about 10 s of CPU)."""
    return build_tiny_trained_package(tmp_path_factory.mktemp("argos-build"))


@pytest.fixture
def argos_packages(tmp_path, monkeypatch) -> Path:
    """An empty argostranslate packages folder, for argostranslate and bitext (env and settings)."""
    from argostranslate import settings

    folder = tmp_path / "argos-packages"
    folder.mkdir()
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(folder))
    monkeypatch.setattr(settings, "package_data_dir", folder)
    monkeypatch.setattr(settings, "package_dirs", [folder])
    return folder


@pytest.fixture(scope="session")
def tiny_package_dir(tiny_argos_archive, tmp_path_factory) -> Path:
    """The trained tiny package, unpacked (not in any packages folder)."""
    return extract_package(tiny_argos_archive, tmp_path_factory.mktemp("argos-tiny"))


@pytest.fixture(scope="session")
def tiny_translator(tiny_package_dir):
    """The tiny package loaded in float32: CTranslate2's default ("auto") runs int8 on a CPU, and how int8
    rounds depends on the CPU's kernels (on an AMD EPYC 161 of the 205 templates come out right, on the
    Intel machines before 204; in float32, 205 on both): a model of width 64 has no margin for that."""
    from bitext.mt import load_translator

    return load_translator(tiny_package_dir, compute_type="float32")


@pytest.fixture(scope="session")
def looping_package_dir(tmp_path_factory) -> Path:
    """Random weights: the decoder loops on one piece until it is stopped."""
    dest = tmp_path_factory.mktemp("argos-looping")
    return extract_package(build_package(dest, name="translate-zh_en-looping"), dest)


@pytest.fixture(scope="session")
def empty_package_dir(tmp_path_factory) -> Path:
    """Random weights biased to answer with a lone space piece: empty English."""
    dest = tmp_path_factory.mktemp("argos-empty")
    archive = build_package(dest, name="translate-zh_en-empty", logit_bias={"▁": 30.0, "</s>": 40.0})
    return extract_package(archive, dest)


# What ``from argos_fixture import *`` in conftest.py brings in: the fixtures.
__all__ = [
    "argos_packages", "empty_package_dir", "looping_package_dir", "tiny_argos_archive",
    "tiny_package_dir", "tiny_translator",
]
