"""``bitext models``: list, install and remove Argos Translate zh→en packages."""

from __future__ import annotations

import argparse

from ..terminal import printable
from .common import add_quiet, show_progress


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "models",
        help="list, install or remove the offline zh→en translation model",
        description="Argos Translate zh→en packages, kept where argostranslate keeps them "
                    "($ARGOS_PACKAGES_DIR, else ~/.local/share/argos-translate/packages).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="show installed zh→en packages (name, version, path)")
    listing.set_defaults(run=run_list)

    install = actions.add_parser("install", help="install the zh→en package from the Argos index, or a local file")
    install.add_argument("--from", dest="archive", metavar="FILE.argosmodel",
                         help="install this package file instead of downloading")
    add_quiet(install)
    install.set_defaults(run=run_install)

    remove = actions.add_parser("remove", help="delete an installed package")
    remove.add_argument("name", help="package name as `bitext models list` shows it")
    remove.set_defaults(run=run_remove)


def run_list(args: argparse.Namespace) -> int:
    from ..mt.packages import INSTALL_HINT, installed_packages, packages_dir

    packages = installed_packages()
    if not packages:
        print(f"no zh→en package in {printable(packages_dir())}; {INSTALL_HINT}")
        return 0
    for pkg in packages:
        print("\t".join(map(printable, (pkg.name, pkg.version, pkg.path))))
    return 0


def run_install(args: argparse.Namespace) -> int:
    from ..mt.packages import install_from_file, install_from_index

    if args.archive:
        pkg = install_from_file(args.archive)
    else:
        pkg = install_from_index(progress=show_progress(args))
    print(f"installed {printable(pkg.name)} {printable(pkg.version)} in {printable(pkg.path)}")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    from ..mt.packages import remove_package

    pkg = remove_package(args.name)
    print(f"removed {printable(pkg.name)} {printable(pkg.version)} from {printable(pkg.path.parent)}")
    return 0
