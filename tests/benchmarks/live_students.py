"""60 simulated phones for the live-quiz benchmark (a process of their own, like real phones).

Usage: ``python live_students.py URL CODE COUNT``; prints ``{"rtts": [...], "errors": [...]}``
(answer round trips in seconds) when the quiz has ended.
"""

from __future__ import annotations

import asyncio
import json
import random
import sys
import time

import aiohttp


def _payload(question: dict, rng: random.Random) -> dict:
    kind, size = question["type"], len(question["choices"])
    if kind == "single":
        return {"choice": rng.randrange(size)}
    if kind == "multiple":
        return {"choices": sorted(rng.sample(range(size), rng.randint(1, size)))}
    if kind == "true_false":
        return {"value": rng.random() < 0.5}
    if kind == "ordering":
        order = list(range(size))
        rng.shuffle(order)
        return {"order": order}
    return {"text": rng.choice(["1,000", "¥1000", "12.5%", "3 000元", "42"])}


async def _student(url: str, code: str, n: int, rtts: list[float], errors: list[str]) -> None:
    rng = random.Random(n)
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(timeout=timeout) as client:
        async with client.post(url + "api/join", json={"code": code, "name": f"S{n:02d}"}) as r:
            token = (await r.json())["token"]
        answered: set[str] = set()
        async with client.ws_connect(url + "ws") as ws:
            await ws.send_str(json.dumps({"token": token}))
            async for message in ws:
                view = json.loads(message.data)
                if view["phase"] == "ended":
                    return
                question = view["question"]
                if view["phase"] != "open" or question is None or question["id"] in answered:
                    continue
                answered.add(question["id"])
                body = {"question": question["id"], "answer": _payload(question, rng)}
                start = time.perf_counter()
                async with client.post(
                    url + "api/answer", json=body, headers={"X-Live-Token": token}
                ) as r:
                    await r.read()
                    if r.status != 200:
                        errors.append(f"{r.status}")
                rtts.append(time.perf_counter() - start)


def main() -> None:
    url, code, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rtts: list[float] = []
    errors: list[str] = []

    async def everyone() -> None:
        await asyncio.gather(*(_student(url, code, n, rtts, errors) for n in range(count)))

    try:
        asyncio.run(everyone())
    except Exception as exc:  # reported to the benchmark
        errors.append(repr(exc))
    print(json.dumps({"rtts": rtts, "errors": errors}))


if __name__ == "__main__":
    main()
