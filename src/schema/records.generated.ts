// Generated from schemas/*.schema.json by scripts/generate-types.js; do not edit.
// Run `npm run types` after changing a schema.

/**
 * Member ids of the lab's lead(s): organizers or managers.
 *
 * @minItems 1
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList = string[];
/**
 * Member ids of the people who organised the event.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList1 = string[];
/**
 * Partner ids (from lab.yaml) who took part.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList2 = string[];
/**
 * Member ids of those who came.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList3 = string[];
/**
 * Member ids of those absent with notice given beforehand.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList4 = string[];
/**
 * What the lab learned, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList = string[];
/**
 * Photos, slides, recordings or write-ups.
 *
 * Items: A web address starting with https:// or http://.
 */
export type UrlList = string[];
/**
 * The code's licence as an SPDX id (e.g. MIT, Apache-2.0).
 */
export type SpdxLicenseId =
  | "0BSD"
  | "3D-Slicer-1.0"
  | "AAL"
  | "ADSL"
  | "AFL-1.1"
  | "AFL-1.2"
  | "AFL-2.0"
  | "AFL-2.1"
  | "AFL-3.0"
  | "AGPL-1.0-only"
  | "AGPL-1.0-or-later"
  | "AGPL-3.0-only"
  | "AGPL-3.0-or-later"
  | "ALGLIB-Documentation"
  | "AMD-newlib"
  | "AMDPLPA"
  | "AML"
  | "AML-glslang"
  | "AMPAS"
  | "ANTLR-PD"
  | "ANTLR-PD-fallback"
  | "APAFML"
  | "APL-1.0"
  | "APSL-1.0"
  | "APSL-1.1"
  | "APSL-1.2"
  | "APSL-2.0"
  | "ASWF-Digital-Assets-1.0"
  | "ASWF-Digital-Assets-1.1"
  | "Abstyles"
  | "AdaCore-doc"
  | "Adobe-2006"
  | "Adobe-Display-PostScript"
  | "Adobe-Glyph"
  | "Adobe-Utopia"
  | "Advanced-Cryptics-Dictionary"
  | "Afmparse"
  | "Aladdin"
  | "Apache-1.0"
  | "Apache-1.1"
  | "Apache-2.0"
  | "App-s2p"
  | "Arphic-1999"
  | "Artistic-1.0"
  | "Artistic-1.0-Perl"
  | "Artistic-1.0-cl8"
  | "Artistic-2.0"
  | "Artistic-dist"
  | "Aspell-RU"
  | "BOLA-1.1"
  | "BSD-1-Clause"
  | "BSD-2-Clause"
  | "BSD-2-Clause-Darwin"
  | "BSD-2-Clause-Patent"
  | "BSD-2-Clause-Views"
  | "BSD-2-Clause-first-lines"
  | "BSD-2-Clause-pkgconf-disclaimer"
  | "BSD-2-Clause-pos-unchanged"
  | "BSD-3-Clause"
  | "BSD-3-Clause-Attribution"
  | "BSD-3-Clause-Clear"
  | "BSD-3-Clause-HP"
  | "BSD-3-Clause-LBNL"
  | "BSD-3-Clause-Modification"
  | "BSD-3-Clause-No-Military-License"
  | "BSD-3-Clause-No-Nuclear-License"
  | "BSD-3-Clause-No-Nuclear-License-2014"
  | "BSD-3-Clause-No-Nuclear-Warranty"
  | "BSD-3-Clause-Open-MPI"
  | "BSD-3-Clause-OpenWebUI"
  | "BSD-3-Clause-Sun"
  | "BSD-3-Clause-Tso"
  | "BSD-3-Clause-acpica"
  | "BSD-3-Clause-flex"
  | "BSD-4-Clause"
  | "BSD-4-Clause-Shortened"
  | "BSD-4-Clause-UC"
  | "BSD-4.3RENO"
  | "BSD-4.3TAHOE"
  | "BSD-Advertising-Acknowledgement"
  | "BSD-Attribution-HPND-disclaimer"
  | "BSD-Inferno-Nettverk"
  | "BSD-Mark-Modifications"
  | "BSD-Protection"
  | "BSD-Source-Code"
  | "BSD-Source-Code-no-disclaimer"
  | "BSD-Source-alt-GPL"
  | "BSD-Source-beginning-file"
  | "BSD-Systemics"
  | "BSD-Systemics-W3Works"
  | "BSD-ask-to-endorse"
  | "BSL-1.0"
  | "BUSL-1.1"
  | "Baekmuk"
  | "Bahyph"
  | "Barr"
  | "Beerware"
  | "BitTorrent-1.0"
  | "BitTorrent-1.1"
  | "Bitstream-Charter"
  | "Bitstream-Vera"
  | "BlueOak-1.0.0"
  | "Boehm-GC"
  | "Boehm-GC-without-fee"
  | "Borceux"
  | "Brian-Gladman-2-Clause"
  | "Brian-Gladman-3-Clause"
  | "Brian-Gladman-3-Clause-no-conversion"
  | "Buddy"
  | "Bugroff"
  | "C-UDA-1.0"
  | "CAL-1.0"
  | "CAL-1.0-Combined-Work-Exception"
  | "CAPEC-tou"
  | "CATOSL-1.1"
  | "CC-BY-1.0"
  | "CC-BY-2.0"
  | "CC-BY-2.5"
  | "CC-BY-2.5-AU"
  | "CC-BY-3.0"
  | "CC-BY-3.0-AT"
  | "CC-BY-3.0-AU"
  | "CC-BY-3.0-DE"
  | "CC-BY-3.0-IGO"
  | "CC-BY-3.0-NL"
  | "CC-BY-3.0-US"
  | "CC-BY-4.0"
  | "CC-BY-NC-1.0"
  | "CC-BY-NC-2.0"
  | "CC-BY-NC-2.5"
  | "CC-BY-NC-3.0"
  | "CC-BY-NC-3.0-DE"
  | "CC-BY-NC-3.0-IGO"
  | "CC-BY-NC-4.0"
  | "CC-BY-NC-ND-1.0"
  | "CC-BY-NC-ND-2.0"
  | "CC-BY-NC-ND-2.5"
  | "CC-BY-NC-ND-3.0"
  | "CC-BY-NC-ND-3.0-DE"
  | "CC-BY-NC-ND-3.0-IGO"
  | "CC-BY-NC-ND-4.0"
  | "CC-BY-NC-SA-1.0"
  | "CC-BY-NC-SA-2.0"
  | "CC-BY-NC-SA-2.0-DE"
  | "CC-BY-NC-SA-2.0-FR"
  | "CC-BY-NC-SA-2.0-UK"
  | "CC-BY-NC-SA-2.5"
  | "CC-BY-NC-SA-3.0"
  | "CC-BY-NC-SA-3.0-DE"
  | "CC-BY-NC-SA-3.0-IGO"
  | "CC-BY-NC-SA-4.0"
  | "CC-BY-ND-1.0"
  | "CC-BY-ND-2.0"
  | "CC-BY-ND-2.5"
  | "CC-BY-ND-3.0"
  | "CC-BY-ND-3.0-DE"
  | "CC-BY-ND-4.0"
  | "CC-BY-SA-1.0"
  | "CC-BY-SA-2.0"
  | "CC-BY-SA-2.0-UK"
  | "CC-BY-SA-2.1-JP"
  | "CC-BY-SA-2.5"
  | "CC-BY-SA-3.0"
  | "CC-BY-SA-3.0-AT"
  | "CC-BY-SA-3.0-DE"
  | "CC-BY-SA-3.0-IGO"
  | "CC-BY-SA-4.0"
  | "CC-PDDC"
  | "CC-PDM-1.0"
  | "CC-SA-1.0"
  | "CC0-1.0"
  | "CDDL-1.0"
  | "CDDL-1.1"
  | "CDL-1.0"
  | "CDLA-Permissive-1.0"
  | "CDLA-Permissive-2.0"
  | "CDLA-Sharing-1.0"
  | "CECILL-1.0"
  | "CECILL-1.1"
  | "CECILL-2.0"
  | "CECILL-2.1"
  | "CECILL-B"
  | "CECILL-C"
  | "CERN-OHL-1.1"
  | "CERN-OHL-1.2"
  | "CERN-OHL-P-2.0"
  | "CERN-OHL-S-2.0"
  | "CERN-OHL-W-2.0"
  | "CFITSIO"
  | "CMU-Mach"
  | "CMU-Mach-nodoc"
  | "CNRI-Jython"
  | "CNRI-Python"
  | "CNRI-Python-GPL-Compatible"
  | "COIL-1.0"
  | "CPAL-1.0"
  | "CPL-1.0"
  | "CPOL-1.02"
  | "CUA-OPL-1.0"
  | "Caldera"
  | "Caldera-no-preamble"
  | "Catharon"
  | "ClArtistic"
  | "Clips"
  | "Community-Spec-1.0"
  | "Condor-1.1"
  | "Cornell-Lossless-JPEG"
  | "Cronyx"
  | "Crossword"
  | "CryptoSwift"
  | "CrystalStacker"
  | "Cube"
  | "D-FSL-1.0"
  | "DEC-3-Clause"
  | "DL-DE-BY-2.0"
  | "DL-DE-ZERO-2.0"
  | "DOC"
  | "DRL-1.0"
  | "DRL-1.1"
  | "DSDP"
  | "DocBook-DTD"
  | "DocBook-Schema"
  | "DocBook-Stylesheet"
  | "DocBook-XML"
  | "Dotseqn"
  | "ECL-1.0"
  | "ECL-2.0"
  | "EFL-1.0"
  | "EFL-2.0"
  | "EPICS"
  | "EPL-1.0"
  | "EPL-2.0"
  | "ESA-PL-permissive-2.4"
  | "ESA-PL-strong-copyleft-2.4"
  | "ESA-PL-weak-copyleft-2.4"
  | "EUDatagrid"
  | "EUPL-1.0"
  | "EUPL-1.1"
  | "EUPL-1.2"
  | "Elastic-2.0"
  | "Entessa"
  | "ErlPL-1.1"
  | "Eurosym"
  | "FBM"
  | "FDK-AAC"
  | "FDK-MPEG-H"
  | "FSFAP"
  | "FSFAP-no-warranty-disclaimer"
  | "FSFUL"
  | "FSFULLR"
  | "FSFULLRSD"
  | "FSFULLRWD"
  | "FSL-1.1-ALv2"
  | "FSL-1.1-MIT"
  | "FTL"
  | "Fair"
  | "Ferguson-Twofish"
  | "Frameworx-1.0"
  | "FreeBSD-DOC"
  | "FreeImage"
  | "Furuseth"
  | "GCR-docs"
  | "GD"
  | "GFDL-1.1-invariants-only"
  | "GFDL-1.1-invariants-or-later"
  | "GFDL-1.1-no-invariants-only"
  | "GFDL-1.1-no-invariants-or-later"
  | "GFDL-1.1-only"
  | "GFDL-1.1-or-later"
  | "GFDL-1.2-invariants-only"
  | "GFDL-1.2-invariants-or-later"
  | "GFDL-1.2-no-invariants-only"
  | "GFDL-1.2-no-invariants-or-later"
  | "GFDL-1.2-only"
  | "GFDL-1.2-or-later"
  | "GFDL-1.3-invariants-only"
  | "GFDL-1.3-invariants-or-later"
  | "GFDL-1.3-no-invariants-only"
  | "GFDL-1.3-no-invariants-or-later"
  | "GFDL-1.3-only"
  | "GFDL-1.3-or-later"
  | "GL2PS"
  | "GLWTPL"
  | "GPL-1.0-only"
  | "GPL-1.0-or-later"
  | "GPL-2.0-only"
  | "GPL-2.0-or-later"
  | "GPL-3.0-only"
  | "GPL-3.0-or-later"
  | "Game-Programming-Gems"
  | "Giftware"
  | "Glide"
  | "Glulxe"
  | "Graphics-Gems"
  | "Gutmann"
  | "HDF5"
  | "HIDAPI"
  | "HP-1986"
  | "HP-1989"
  | "HPND"
  | "HPND-DEC"
  | "HPND-Fenneberg-Livingston"
  | "HPND-INRIA-IMAG"
  | "HPND-Intel"
  | "HPND-Kevlin-Henney"
  | "HPND-MIT-disclaimer"
  | "HPND-Markus-Kuhn"
  | "HPND-Netrek"
  | "HPND-Pbmplus"
  | "HPND-SMC"
  | "HPND-UC"
  | "HPND-UC-export-US"
  | "HPND-doc"
  | "HPND-doc-sell"
  | "HPND-export-US"
  | "HPND-export-US-acknowledgement"
  | "HPND-export-US-modify"
  | "HPND-export2-US"
  | "HPND-merchantability-variant"
  | "HPND-sell-MIT-disclaimer-xserver"
  | "HPND-sell-regexpr"
  | "HPND-sell-variant"
  | "HPND-sell-variant-MIT-disclaimer"
  | "HPND-sell-variant-MIT-disclaimer-rev"
  | "HPND-sell-variant-critical-systems"
  | "HTMLTIDY"
  | "HaskellReport"
  | "Hippocratic-2.1"
  | "Hippocratic-3.0-core"
  | "IBM-pibs"
  | "ICU"
  | "IEC-Code-Components-EULA"
  | "IJG"
  | "IJG-short"
  | "IPA"
  | "IPL-1.0"
  | "ISC"
  | "ISC-Veillard"
  | "ISO-permission"
  | "ImageMagick"
  | "Imlib2"
  | "Info-ZIP"
  | "Informatica"
  | "Inner-Net-2.0"
  | "InnoSetup"
  | "Intel"
  | "Intel-ACPI"
  | "Interbase-1.0"
  | "JPL-image"
  | "JPNIC"
  | "JSON"
  | "Jam"
  | "JasPer-2.0"
  | "Kastrup"
  | "Kazlib"
  | "Knuth-CTAN"
  | "LAL-1.2"
  | "LAL-1.3"
  | "LGPL-2.0-only"
  | "LGPL-2.0-or-later"
  | "LGPL-2.1-only"
  | "LGPL-2.1-or-later"
  | "LGPL-3.0-only"
  | "LGPL-3.0-or-later"
  | "LGPLLR"
  | "LOOP"
  | "LPD-document"
  | "LPL-1.0"
  | "LPL-1.02"
  | "LPPL-1.0"
  | "LPPL-1.1"
  | "LPPL-1.2"
  | "LPPL-1.3a"
  | "LPPL-1.3c"
  | "LZMA-SDK-9.11-to-9.20"
  | "LZMA-SDK-9.22"
  | "Latex2e"
  | "Latex2e-translated-notice"
  | "Leptonica"
  | "LiLiQ-P-1.1"
  | "LiLiQ-R-1.1"
  | "LiLiQ-Rplus-1.1"
  | "Libpng"
  | "Linux-OpenIB"
  | "Linux-man-pages-1-para"
  | "Linux-man-pages-copyleft"
  | "Linux-man-pages-copyleft-2-para"
  | "Linux-man-pages-copyleft-var"
  | "Lucida-Bitmap-Fonts"
  | "MIPS"
  | "MIT"
  | "MIT-0"
  | "MIT-CMU"
  | "MIT-Click"
  | "MIT-Festival"
  | "MIT-Khronos-old"
  | "MIT-Modern-Variant"
  | "MIT-STK"
  | "MIT-Wu"
  | "MIT-advertising"
  | "MIT-enna"
  | "MIT-feh"
  | "MIT-open-group"
  | "MIT-testregex"
  | "MITNFA"
  | "MMIXware"
  | "MMPL-1.0.1"
  | "MPEG-SSG"
  | "MPL-1.0"
  | "MPL-1.1"
  | "MPL-2.0"
  | "MPL-2.0-no-copyleft-exception"
  | "MS-LPL"
  | "MS-PL"
  | "MS-RL"
  | "MTLL"
  | "MVT-1.1"
  | "Mackerras-3-Clause"
  | "Mackerras-3-Clause-acknowledgment"
  | "MakeIndex"
  | "Martin-Birgmeier"
  | "McPhee-slideshow"
  | "Minpack"
  | "MirOS"
  | "Motosoto"
  | "MulanPSL-1.0"
  | "MulanPSL-2.0"
  | "Multics"
  | "Mup"
  | "NAIST-2003"
  | "NASA-1.3"
  | "NBPL-1.0"
  | "NCBI-PD"
  | "NCGL-UK-2.0"
  | "NCL"
  | "NCSA"
  | "NGPL"
  | "NICTA-1.0"
  | "NIST-PD"
  | "NIST-PD-TNT"
  | "NIST-PD-fallback"
  | "NIST-Software"
  | "NLOD-1.0"
  | "NLOD-2.0"
  | "NLPL"
  | "NOSL"
  | "NPL-1.0"
  | "NPL-1.1"
  | "NPOSL-3.0"
  | "NRL"
  | "NTIA-PD"
  | "NTP"
  | "NTP-0"
  | "Naumen"
  | "NetCDF"
  | "Newsletr"
  | "Nokia"
  | "Noweb"
  | "O-UDA-1.0"
  | "OAR"
  | "OCCT-PL"
  | "OCLC-2.0"
  | "ODC-By-1.0"
  | "ODbL-1.0"
  | "OFFIS"
  | "OFL-1.0"
  | "OFL-1.0-RFN"
  | "OFL-1.0-no-RFN"
  | "OFL-1.1"
  | "OFL-1.1-RFN"
  | "OFL-1.1-no-RFN"
  | "OGC-1.0"
  | "OGDL-Taiwan-1.0"
  | "OGL-Canada-2.0"
  | "OGL-UK-1.0"
  | "OGL-UK-2.0"
  | "OGL-UK-3.0"
  | "OGTSL"
  | "OLDAP-1.1"
  | "OLDAP-1.2"
  | "OLDAP-1.3"
  | "OLDAP-1.4"
  | "OLDAP-2.0"
  | "OLDAP-2.0.1"
  | "OLDAP-2.1"
  | "OLDAP-2.2"
  | "OLDAP-2.2.1"
  | "OLDAP-2.2.2"
  | "OLDAP-2.3"
  | "OLDAP-2.4"
  | "OLDAP-2.5"
  | "OLDAP-2.6"
  | "OLDAP-2.7"
  | "OLDAP-2.8"
  | "OLFL-1.3"
  | "OML"
  | "OPL-1.0"
  | "OPL-UK-3.0"
  | "OPUBL-1.0"
  | "OSC-1.0"
  | "OSET-PL-2.1"
  | "OSL-1.0"
  | "OSL-1.1"
  | "OSL-2.0"
  | "OSL-2.1"
  | "OSL-3.0"
  | "OSSP"
  | "OpenMDW-1.0"
  | "OpenPBS-2.3"
  | "OpenSSL"
  | "OpenSSL-standalone"
  | "OpenVision"
  | "PADL"
  | "PDDL-1.0"
  | "PHP-3.0"
  | "PHP-3.01"
  | "PPL"
  | "PSF-2.0"
  | "ParaType-Free-Font-1.3"
  | "Parity-6.0.0"
  | "Parity-7.0.0"
  | "Pixar"
  | "Plexus"
  | "PolyForm-Noncommercial-1.0.0"
  | "PolyForm-Small-Business-1.0.0"
  | "PostgreSQL"
  | "Python-2.0"
  | "Python-2.0.1"
  | "QPL-1.0"
  | "QPL-1.0-INRIA-2004"
  | "Qhull"
  | "RHeCos-1.1"
  | "RPL-1.1"
  | "RPL-1.5"
  | "RPSL-1.0"
  | "RSA-MD"
  | "RSCPL"
  | "Rdisc"
  | "Ruby"
  | "Ruby-pty"
  | "SAX-PD"
  | "SAX-PD-2.0"
  | "SCEA"
  | "SGI-B-1.0"
  | "SGI-B-1.1"
  | "SGI-B-2.0"
  | "SGI-OpenGL"
  | "SGMLUG-PM"
  | "SGP4"
  | "SHL-0.5"
  | "SHL-0.51"
  | "SISSL"
  | "SISSL-1.2"
  | "SL"
  | "SMAIL-GPL"
  | "SMLNJ"
  | "SMPPL"
  | "SNIA"
  | "SOFA"
  | "SPL-1.0"
  | "SSH-OpenSSH"
  | "SSH-short"
  | "SSLeay-standalone"
  | "SSPL-1.0"
  | "SUL-1.0"
  | "SWL"
  | "Saxpath"
  | "SchemeReport"
  | "Sendmail"
  | "Sendmail-8.23"
  | "Sendmail-Open-Source-1.1"
  | "SimPL-2.0"
  | "Sleepycat"
  | "Soundex"
  | "Spencer-86"
  | "Spencer-94"
  | "Spencer-99"
  | "SugarCRM-1.1.3"
  | "Sun-PPP"
  | "Sun-PPP-2000"
  | "SunPro"
  | "Symlinks"
  | "TAPR-OHL-1.0"
  | "TCL"
  | "TCP-wrappers"
  | "TGPPL-1.0"
  | "TMate"
  | "TORQUE-1.1"
  | "TOSL"
  | "TPDL"
  | "TPL-1.0"
  | "TTWL"
  | "TTYP0"
  | "TU-Berlin-1.0"
  | "TU-Berlin-2.0"
  | "TekHVC"
  | "TermReadKey"
  | "ThirdEye"
  | "TrustedQSL"
  | "UCAR"
  | "UCL-1.0"
  | "UMich-Merit"
  | "UPL-1.0"
  | "URT-RLE"
  | "Ubuntu-font-1.0"
  | "UnRAR"
  | "Unicode-3.0"
  | "Unicode-DFS-2015"
  | "Unicode-DFS-2016"
  | "Unicode-TOU"
  | "UnixCrypt"
  | "Unlicense"
  | "Unlicense-libtelnet"
  | "Unlicense-libwhirlpool"
  | "VOSTROM"
  | "VSL-1.0"
  | "Vim"
  | "Vixie-Cron"
  | "W3C"
  | "W3C-19980720"
  | "W3C-20150513"
  | "WTFNMFPL"
  | "WTFPL"
  | "Watcom-1.0"
  | "Widget-Workshop"
  | "WordNet"
  | "Wsuipa"
  | "X11"
  | "X11-distribute-modifications-variant"
  | "X11-no-permit-persons"
  | "X11-swapped"
  | "XFree86-1.1"
  | "XSkat"
  | "Xdebug-1.03"
  | "Xerox"
  | "Xfig"
  | "Xnet"
  | "YPL-1.0"
  | "YPL-1.1"
  | "ZPL-1.1"
  | "ZPL-2.0"
  | "ZPL-2.1"
  | "Zed"
  | "Zeeff"
  | "Zend-2.0"
  | "Zimbra-1.3"
  | "Zimbra-1.4"
  | "Zlib"
  | "any-OSI"
  | "any-OSI-perl-modules"
  | "atc-game"
  | "bcrypt-Solar-Designer"
  | "blessing"
  | "bzip2-1.0.6"
  | "check-cvs"
  | "checkmk"
  | "copyleft-next-0.3.0"
  | "copyleft-next-0.3.1"
  | "curl"
  | "cve-tou"
  | "diffmark"
  | "dtoa"
  | "dvipdfm"
  | "eGenix"
  | "etalab-2.0"
  | "fwlw"
  | "gSOAP-1.3b"
  | "generic-xts"
  | "gnuplot"
  | "gtkbook"
  | "hdparm"
  | "hyphen-bulgarian"
  | "iMatix"
  | "jove"
  | "libpng-1.6.35"
  | "libpng-2.0"
  | "libselinux-1.0"
  | "libtiff"
  | "libutil-David-Nugent"
  | "lsof"
  | "magaz"
  | "mailprio"
  | "man2html"
  | "metamail"
  | "mpi-permissive"
  | "mpich2"
  | "mplus"
  | "ngrep"
  | "pkgconf"
  | "pnmstitch"
  | "psfrag"
  | "psutils"
  | "python-ldap"
  | "radvd"
  | "snprintf"
  | "softSurfer"
  | "ssh-keyscan"
  | "swrule"
  | "threeparttable"
  | "ulem"
  | "w3m"
  | "wwl"
  | "xinetd"
  | "xkeyboard-config-Zinoviev"
  | "xlock"
  | "xpp"
  | "xzoom"
  | "zlib-acknowledgement";
/**
 * The part of a report that people write: its narrative. Figures (events, head counts, members, projects) are computed from the records when the report's document (<name>.md) is rendered. Each kind has its own fields.
 */
export type ReportRecord = {
  /**
   * monthly, quarterly, midyear, annual, discovery or closure; must agree with the file name.
   */
  kind: "monthly" | "quarterly" | "midyear" | "annual" | "discovery" | "closure";
  /**
   * The period reported on: 2026-11 (monthly), 2026-Q4 (quarterly), 2026-H1 (midyear) or 2026 (annual). Discovery and closure reports name a project instead.
   */
  period?: string | number;
  /**
   * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
   */
  project?: string;
  /**
   * The date the report was submitted to CfP.
   */
  submitted?: string;
  authors?: SlugList5;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  summary?: string;
  successes?: TextList1;
  blockers?: TextList2;
  next_steps?: TextList3;
  videos?: UrlList1;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  story?: string;
  takeaways?: TextList4;
  challenges?: TextList5;
  lessons?: TextList6;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  problem_statement?: string;
  user_needs?: TextList7;
  insights?: TextList8;
  /**
   * Key performance indicators proposed for the solution.
   */
  kpis?: Kpi[];
  /**
   * Visual artifacts of the research: personas, issue maps, journey maps.
   */
  artifacts?: {
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    title: string;
    /**
     * persona, issue-map, journey-map, interview-notes or other.
     */
    kind?: "persona" | "issue-map" | "journey-map" | "interview-notes" | "other";
    /**
     * A web address starting with https:// or http://.
     */
    url: string;
  }[];
  /**
   * Weekly summaries of activities and findings during discovery.
   */
  weekly_summaries?: {
    /**
     * The first day of the week summarised.
     */
    week: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    summary: string;
  }[];
  outcomes?: TextList9;
  recommendations?: TextList10;
};
/**
 * Member ids of the people who wrote the report.
 *
 * Items: An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
 */
export type SlugList5 = string[];
/**
 * What went well, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList1 = string[];
/**
 * What is in the way, and what help is needed.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList2 = string[];
/**
 * What the lab will do next.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList3 = string[];
/**
 * Links to video updates, demonstrations or case studies.
 *
 * Items: A web address starting with https:// or http://.
 */
export type UrlList1 = string[];
/**
 * Key takeaways from the period's events and meetups.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList4 = string[];
/**
 * What was hard, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList5 = string[];
/**
 * Lessons learned, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList6 = string[];
/**
 * Summaries of user needs, one point each.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList7 = string[];
/**
 * Insights from interviews and testing sessions.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList8 = string[];
/**
 * What the project achieved.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList9 = string[];
/**
 * Recommendations for future projects.
 *
 * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
 */
export type TextList10 = string[];

export interface Records {
  cil?: NetworkConfig;
  lab?: LabRecord;
  member?: MemberRecord;
  event?: EventRecord;
  project?: ProjectRecord;
  report?: ReportRecord;
}
/**
 * The network's name, time zone, core team, the handbook's policy thresholds and per-rule severities. Lives at the root of the network repo.
 */
export interface NetworkConfig {
  /**
   * The network's name (e.g. Code for Pakistan Civic Innovation Labs).
   */
  network: string;
  /**
   * The IANA time zone in which dates and deadlines are judged (default Asia/Karachi).
   */
  timezone?: string;
  /**
   * GitHub handles of CfP's core team, who may review and change anything in the network repo.
   *
   * Items: A GitHub user name, without the @ (e.g. ayeshak).
   */
  core_team?: string[];
  /**
   * The accountability thresholds; every key is optional and defaults to the CIL handbook's value.
   */
  policy?: {
    /**
     * Hours a week a lab lead commits to (handbook: 5).
     */
    lead_weekly_hours?: number;
    /**
     * Hours a week each core role reports (handbook: 4).
     */
    member_weekly_hours?: number;
    /**
     * Events a quarter that bring citizens and technologists together (handbook: 1).
     */
    community_events_per_quarter?: number;
    /**
     * Lab meetings a month (handbook: at least monthly, 1).
     */
    meetups_per_month?: number;
    /**
     * Day of the following month by which the monthly progress update is due (default 7).
     */
    monthly_report_due_day?: number;
    /**
     * Day of the month after a quarter ends by which the quarterly events-and-meetups report is due (default 15).
     */
    quarterly_report_due_day?: number;
    /**
     * Lab meetings missed in a row without notice that count as inactivity (handbook: 2).
     */
    inactivity_missed_in_a_row?: number;
    /**
     * Formal warnings after which persistent inactivity leads to offboarding (handbook: 2).
     */
    warnings_before_offboarding?: number;
    /**
     * Target share of women among members and event audiences, from 0 to 1 (default 0.25).
     */
    women_participation_target?: number;
  };
  /**
   * Changes an audit rule's severity, or turns it off, by rule id.
   */
  rules?: {
    /**
     * How seriously a rule's findings count: off (not checked), info, warning or error.
     */
    [k: string]: "off" | "info" | "warning" | "error";
  };
}
/**
 * A Civic Innovation Lab: its city, status, leads, channels, partners and OKRs. The folder name is the lab's id.
 */
export interface LabRecord {
  /**
   * The lab's name (e.g. Civic Innovation Lab Peshawar).
   */
  name: string;
  /**
   * The city the lab serves.
   */
  city: string;
  /**
   * The province or territory of the lab's city.
   */
  province:
    | "Balochistan"
    | "Khyber Pakhtunkhwa"
    | "Punjab"
    | "Sindh"
    | "Gilgit-Baltistan"
    | "Azad Jammu and Kashmir"
    | "Islamabad Capital Territory";
  /**
   * The date the lab started; the accountability rules judge from here.
   */
  founded: string;
  /**
   * Where the lab stands: forming, active, recognized, dormant or closed.
   */
  status: "forming" | "active" | "recognized" | "dormant" | "closed";
  leads: SlugList;
  /**
   * A sentence or two on what the lab works on.
   */
  description?: string;
  /**
   * Where the lab talks and keeps its files, by name (e.g. slack: "#cil-peshawar", drive: https://...). No personal phone numbers or e-mail addresses.
   */
  channels?: {
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    [k: string]: string;
  };
  /**
   * Event kinds that count as lab meetings for attendance and inactivity (default: meetup, hack-night, cfp-call).
   *
   * @minItems 1
   *
   * Items: What kind of event it was.
   */
  meeting_kinds?: (
    | "meetup"
    | "hack-night"
    | "innovation-night"
    | "workshop"
    | "hackathon"
    | "community-event"
    | "partner-meeting"
    | "cfp-call"
    | "demo-day"
  )[];
  /**
   * Organisations the lab works with: government, nonprofits, media, academia.
   */
  partners?: {
    /**
     * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
     */
    id: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    name: string;
    /**
     * What kind of organisation the partner is.
     */
    kind?: "government" | "nonprofit" | "media" | "academia" | "private";
    /**
     * The date a memorandum of understanding with the partner was signed.
     */
    mou_signed?: string;
    /**
     * The partner's website.
     */
    website?: string;
  }[];
  /**
   * The lab's objectives and key results, agreed with CfP.
   */
  okrs?: {
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    objective: string;
    /**
     * How progress towards the objective is measured.
     */
    key_results?: {
      /**
       * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
       */
      description: string;
      /**
       * The value aimed for.
       */
      target?: number;
      /**
       * Where it stands now.
       */
      current?: number;
    }[];
  }[];
}
/**
 * One person in a lab: roles, commitment and life cycle. The file name is the member's id. Contact details never go here: keep them in private/.
 */
export interface MemberRecord {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  name: string;
  /**
   * A GitHub user name, without the @ (e.g. ayeshak).
   */
  github?: string;
  /**
   * The date the person joined the lab.
   */
  joined: string;
  /**
   * The roles the person holds or held, each with its dates.
   *
   * @minItems 1
   */
  roles: {
    /**
     * The role, as the handbook names it.
     */
    role:
      | "organizer"
      | "manager"
      | "delivery-lead"
      | "community-organizer"
      | "storyteller"
      | "technologist"
      | "liaison-lead"
      | "content-writer"
      | "member";
    /**
     * The date the person took the role (default: joined).
     */
    since?: string;
    /**
     * The date the person left the role, if they did.
     */
    until?: string;
  }[];
  /**
   * Hours a week the person commits (handbook: 5 for a lead, 4 for a core role).
   */
  weekly_hours?: number;
  /**
   * What the person brings (e.g. design, data, community, writing).
   *
   * Items: Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  skills?: string[];
  /**
   * Optional and self-described: woman, man, non-binary or undisclosed.
   */
  gender?: "woman" | "man" | "non-binary" | "undisclosed";
  /**
   * active, offboarded or alumni.
   */
  status: "active" | "offboarded" | "alumni";
  /**
   * Formal warnings for inactivity, oldest first.
   */
  warnings?: {
    /**
     * The date the warning was given.
     */
    date: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    reason: string;
  }[];
  /**
   * When status is offboarded: when, why, and how the person's work was handed over.
   */
  offboarded?: {
    /**
     * The date the person was offboarded.
     */
    date: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    reason: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    handover?: string;
  };
  /**
   * Successful appeals after offboarding, with the terms agreed.
   */
  reinstated?: {
    /**
     * The date the person was reinstated.
     */
    date: string;
    /**
     * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
     */
    terms: string;
  }[];
}
/**
 * One event the lab held or took part in, with attendance of lab members and head counts of everyone. The file name starts with the event's date.
 */
export interface EventRecord {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  title: string;
  /**
   * What kind of event it was.
   */
  kind:
    | "meetup"
    | "hack-night"
    | "innovation-night"
    | "workshop"
    | "hackathon"
    | "community-event"
    | "partner-meeting"
    | "cfp-call"
    | "demo-day";
  /**
   * The day of the event; must agree with the date the file name starts with.
   */
  date: string;
  /**
   * true when the event was held online.
   */
  online?: boolean;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  venue?: string;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  description?: string;
  organizers?: SlugList1;
  partners?: SlugList2;
  /**
   * Lab members at the event. An active member who is in neither list missed it.
   */
  attendance?: {
    present?: SlugList3;
    excused?: SlugList4;
  };
  /**
   * Head counts of everyone who came, lab members included. A person may be counted in more than one group.
   */
  audience?: {
    /**
     * Citizens who came.
     */
    citizens?: number;
    /**
     * Technologists (developers, designers, data people) who came.
     */
    technologists?: number;
    /**
     * Government officials who came.
     */
    government?: number;
    /**
     * Women among everyone who came.
     */
    women?: number;
  };
  takeaways?: TextList;
  links?: UrlList;
}
/**
 * A civic technology project of the lab, from discovery to handover. The file name is the project's id.
 */
export interface ProjectRecord {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  name: string;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  problem?: string;
  /**
   * discovery, building, launched, handed-over, closed or abandoned.
   */
  status: "discovery" | "building" | "launched" | "handed-over" | "closed" | "abandoned";
  /**
   * The date work started.
   */
  started?: string;
  /**
   * The date the project was closed, handed over or abandoned.
   */
  ended?: string;
  /**
   * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
   */
  partner?: string;
  /**
   * The date the MoU with the partner department was signed; due before building starts.
   */
  mou_signed?: string;
  /**
   * Lab members on the project and what they do.
   */
  team?: {
    /**
     * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
     */
    member: string;
    /**
     * The member's role on the project.
     */
    role?:
      | "organizer"
      | "manager"
      | "delivery-lead"
      | "community-organizer"
      | "storyteller"
      | "technologist"
      | "liaison-lead"
      | "content-writer"
      | "member";
  }[];
  /**
   * A web address starting with https:// or http://.
   */
  repository?: string;
  license?: SpdxLicenseId;
  /**
   * A web address starting with https:// or http://.
   */
  website?: string;
  /**
   * Key performance indicators with targets and actual values.
   */
  kpis?: Kpi[];
  /**
   * Other labs that deployed this project in their city.
   */
  redeployments?: {
    /**
     * An id: lowercase ASCII letters and digits in words joined by single hyphens, at most 64 characters (e.g. ayesha-khan).
     */
    lab: string;
    /**
     * The date of the redeployment.
     */
    date?: string;
  }[];
}
/**
 * A key performance indicator with its target and the latest measured value.
 */
export interface Kpi {
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  name: string;
  /**
   * The value aimed for.
   */
  target?: number;
  /**
   * The latest measured value.
   */
  actual?: number;
  /**
   * Free text; Urdu, Pashto, Sindhi and every other script are welcome.
   */
  unit?: string;
}
