from .cli import main

main(prog_name="q7x2")
