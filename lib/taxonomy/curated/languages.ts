// Programming, query, markup and scripting languages. Short or ordinary-word names are "~" (need context).
export default `
@languages
?Programming | programming languages; programming language; ?coding; programmiersprachen; programmiersprache; programmierung; langages de programmation; lenguajes de programación; linguagens de programação; programmeertalen; lógica de programação; ?programação; ?programmeren; programmeervaardigheden; programmeerervaring
Python | python3; python 3; python programming
Java | java se; core java; java 8; java 11; java 17; java 21 > Programming
JavaScript | js; ecmascript; es6; vanilla js; vanilla javascript; java script > Programming
TypeScript | ^ts > JavaScript
~Go | golang; go lang; go programming; go language > Programming
~C | c programming; c language; ansi c; embedded c > Programming
C++ | cpp; c plus plus; modern c++; c++11; c++14; c++17; c++20 > Programming
C# | c sharp; csharp; c#.net > Programming
~Rust | rust lang; rustlang; rust programming > Programming
Kotlin > Programming
~Swift | swift programming > Programming
Objective-C | objective c; objc; obj-c > Programming
~Ruby | ruby programming; ruby language > Programming
PHP | php8; php 8; php7 > Programming
Scala > Programming
~R | r programming; r language > Programming
RStudio | r studio > R
Tidyverse > R
ggplot2 > R
MATLAB | matlab programming > Programming
Simulink > MATLAB
~Julia | julia language; julia programming > Programming
Perl > Programming
~Dart | dart programming > Programming
Elixir > Programming
Erlang > Programming
Haskell > Programming
Clojure > Programming
F# | fsharp; f sharp > Programming
OCaml > Programming
Lua > Programming
Groovy > Programming
Fortran > Programming
COBOL > Programming
Assembly Language | ~assembly; ~assembler; x86 assembly; arm assembly > Programming
Visual Basic | vb6 > Programming
VBA | visual basic for applications > Visual Basic
VB.NET > Visual Basic
Solidity > Programming
Zig > Programming
~Elm > Programming
~Crystal > Programming
~Delphi | object pascal > Programming
~Pascal > Programming
ABAP | sap abap > Programming; SAP
Apex | salesforce apex > Programming; Salesforce
~Prolog > Programming
Lisp | common lisp > Programming
~Scheme > Programming
~Ada > Programming
VHDL > Hardware Description Languages
Verilog > Hardware Description Languages
SystemVerilog > Verilog
Hardware Description Languages | hdl; hdls
SQL | structured query language; sql queries; sql query; sql skills; ansi sql; sql-kenntnisse; sql kenntnisse
PL/SQL | plsql; pl sql > SQL; Oracle Database
T-SQL | tsql; transact-sql; transact sql > SQL; Microsoft SQL Server
HTML | html5; html 5; xhtml
CSS | css3; css 3; cascading style sheets
Sass | scss
~Less | less css
Tailwind CSS | tailwind; tailwindcss > CSS
^Bootstrap | twitter bootstrap > CSS
XML
XSLT > XML
XPath > XML
XML Schema | xsd > XML
JSON
JSON Schema > JSON
YAML
GraphQL | graph ql > APIs
Bash | bash scripting; bash scripts; shell scripting; shell scripts; shell script; unix shell; sh scripting > Scripting
Zsh > Shell
PowerShell | powershell scripting; power shell; pwsh > Scripting
Scripting | scripting languages; scripting language; skriptsprachen; langages de script; lenguajes de scripting; linguagens de script; linguagens de scripting; scripttalen
WebAssembly | wasm
CUDA | cuda programming > GPU Programming
GPU Programming | gpu computing; gpgpu
OpenCL > GPU Programming
~Shell | > Scripting
LaTeX
Markdown
Regular Expressions | regex; regexes; regexp; regular expression; expressões regulares; reguliere expressies
Mojo > Python
Cypher | cypher query language > Neo4j
GDScript > Godot
`;
