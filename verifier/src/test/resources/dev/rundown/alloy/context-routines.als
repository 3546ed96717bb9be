-- models/examples/context-routines.rundown {Context=1, Stream=1}

abstract sig Bool {}
one sig False, True extends Bool {}

abstract sig Context {
  var life: one Life,
  var refs: one Int,
  var member: one Bool,
  var cleaned: one Bool,
  var ContextCleanupCallback_pc: one ContextCleanupCallback_pc_2
}
one sig Context1 extends Context {}

abstract sig Stream {
  var ctx: lone Context,
  var PostCreate_pc: Int -> lone PostCreate_pc_2,
  var PostCreate_c: Int -> lone Context,
  var PostCreate_r: Int -> lone SetResult,
  var PostCreate_old: Int -> lone Context,
  var PostCreate_tries: Int -> lone Int,
  var FilterUnload_s_2_todo: one Bool,
  var FilterUnload_s_16_todo: one Bool
}
one sig Stream1 extends Stream {}

abstract sig Life {}
one sig Unused, Allocated, Attached, Detached, Freeing, Freed extends Life {}

abstract sig PostCreate_pc_2 {}
one sig PostCreate_pc_2_s1, PostCreate_pc_2_s2, PostCreate_pc_2_s3, PostCreate_pc_2_s4, PostCreate_pc_2_s5, PostCreate_pc_2_s6, PostCreate_pc_2_s7, PostCreate_pc_2_s8, PostCreate_pc_2_s9, PostCreate_pc_2_s10, PostCreate_pc_2_s11, PostCreate_pc_2_s12, PostCreate_pc_2_s13, PostCreate_pc_2_s14, PostCreate_pc_2_s15, PostCreate_pc_2_s16, PostCreate_pc_2_s17, PostCreate_pc_2_s18, PostCreate_pc_2_s19, PostCreate_pc_2_s20, PostCreate_pc_2_s21, PostCreate_pc_2_s22, PostCreate_pc_2_done extends PostCreate_pc_2 {}

abstract sig SetResult {}
one sig Ok, AlreadyDefined extends SetResult {}

abstract sig FilterUnload_pc {}
one sig FilterUnload_pc_s1, FilterUnload_pc_s2, FilterUnload_pc_s3, FilterUnload_pc_s4, FilterUnload_pc_s5, FilterUnload_pc_s6, FilterUnload_pc_s7, FilterUnload_pc_s8, FilterUnload_pc_s9, FilterUnload_pc_s10, FilterUnload_pc_s11, FilterUnload_pc_s12, FilterUnload_pc_s13, FilterUnload_pc_s14, FilterUnload_pc_s15, FilterUnload_pc_s16, FilterUnload_pc_s17, FilterUnload_pc_s18, FilterUnload_pc_s19, FilterUnload_pc_s20, FilterUnload_pc_s21, FilterUnload_pc_s22, s23, s24, s25, s26, s27, FilterUnload_pc_done extends FilterUnload_pc {}

abstract sig ContextCleanupCallback_pc_2 {}
one sig idle, ContextCleanupCallback_pc_2_s1, ContextCleanupCallback_pc_2_s2, returned extends ContextCleanupCallback_pc_2 {}

one sig Globals {
  var unregistered: one Bool,
  var pending: one Int,
  var unloaded: one Bool
}

one sig FilterUnload {
  var pc: one FilterUnload_pc,
  var c: lone Context,
  var s_2: one Stream,
  var FltUnregisterFilter_detached: lone Context,
  var s_16: one Stream
}

-- the step leaving a state: which action, its arguments, the properties it broke
abstract sig Label {}
one sig Fired_PostCreate_1, Fired_PostCreate_2, Fired_PostCreate_3, Fired_PostCreate_4, Fired_PostCreate_5, Fired_PostCreate_6, Fired_PostCreate_7, Fired_PostCreate_8, Fired_PostCreate_9, Fired_PostCreate_10, Fired_PostCreate_11, Fired_PostCreate_12, Fired_PostCreate_13, Fired_PostCreate_14, Fired_PostCreate_15, Fired_PostCreate_16, Fired_PostCreate_17, Fired_PostCreate_18, Fired_PostCreate_19, Fired_PostCreate_20, Fired_PostCreate_21, Fired_PostCreate_22, Fired_FilterUnload_1, Fired_FilterUnload_2, Fired_FilterUnload_3, Fired_FilterUnload_4, Fired_FilterUnload_5, Fired_FilterUnload_6, Fired_FilterUnload_7, Fired_FilterUnload_8, Fired_FilterUnload_9, Fired_FilterUnload_10, Fired_FilterUnload_11, Fired_FilterUnload_12, Fired_FilterUnload_13, Fired_FilterUnload_14, Fired_FilterUnload_15, Fired_FilterUnload_16, Fired_FilterUnload_17, Fired_FilterUnload_18, Fired_FilterUnload_19, Fired_FilterUnload_20, Fired_FilterUnload_21, Fired_FilterUnload_22, Fired_FilterUnload_23, Fired_FilterUnload_24, Fired_FilterUnload_25, Fired_FilterUnload_26, Fired_FilterUnload_27, Fired_ContextCleanupCallback_1, Fired_ContextCleanupCallback_2 extends Label {}
abstract sig Failure {}
one sig Violated_SetOnlyAllocated, Violated_NoUseAfterFree, Violated_WellDefined extends Failure {}
one sig Fired {
  var action: lone Label,
  var arg1: lone univ,
  var arg2: lone univ,
  var failed: set Failure
}

-- a stutter changes nothing: the frame fact below keeps every variable
pred stutter {
  no Fired.action
  no Fired.arg1
  no Fired.arg2
  no Fired.failed
}

fact init {
  life = Context -> Unused
  refs = Context -> 0
  member = Context -> False
  cleaned = Context -> False
  no ctx
  unregistered = Globals -> False
  pending = Globals -> 2
  unloaded = Globals -> False
  PostCreate_pc = Stream -> {i: Int | i >= 1 and i <= 2} -> PostCreate_pc_2_s1
  no PostCreate_c
  PostCreate_r = Stream -> {i: Int | i >= 1 and i <= 2} -> Ok
  no PostCreate_old
  PostCreate_tries = Stream -> {i: Int | i >= 1 and i <= 2} -> 0
  pc = FilterUnload -> FilterUnload_pc_s1
  no c
  s_2 = FilterUnload -> Stream1
  FilterUnload_s_2_todo = Stream -> False
  no FltUnregisterFilter_detached
  s_16 = FilterUnload -> Stream1
  FilterUnload_s_16_todo = Stream -> False
  ContextCleanupCallback_pc = Context -> idle
}

-- driver PostCreate.1  line 21: local c: Context? = none
pred PostCreate_1[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_1
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s1) and (let PostCreate_c_2 = (PostCreate_c - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s2) | (PostCreate_pc' = PostCreate_pc_3 and PostCreate_c' = PostCreate_c_2 and Fired.failed = none))))
}

-- driver PostCreate.2  line 24: local tries: 0..2 = 0
pred PostCreate_2[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_2
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s2) and (let PostCreate_tries_2 = (PostCreate_tries - (s -> opener -> Int)) + (s -> opener -> 0) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s3) | (PostCreate_pc' = PostCreate_pc_3 and PostCreate_tries' = PostCreate_tries_2 and Fired.failed = none))))
}

-- driver PostCreate.3  line 25: while c == none and tries < 2
pred PostCreate_3[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_3
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s3) and (let PostCreate_c_2 = (PostCreate_c - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s4) | (let PostCreate_tries_2 = (PostCreate_tries - (s -> opener -> Int)) + (s -> opener -> 0) | (let PostCreate_pc_4 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s6) | (let PostCreate_pc_5 = (((no (s.PostCreate_c)[opener]) and ((s.PostCreate_tries)[opener] < 2)) => PostCreate_pc_3 else PostCreate_pc_4) | (let PostCreate_c_3 = (((no (s.PostCreate_c)[opener]) and ((s.PostCreate_tries)[opener] < 2)) => PostCreate_c_2 else PostCreate_c) | (let PostCreate_tries_3 = (((no (s.PostCreate_c)[opener]) and ((s.PostCreate_tries)[opener] < 2)) => PostCreate_tries else PostCreate_tries_2) | (PostCreate_pc' = PostCreate_pc_5 and PostCreate_c' = PostCreate_c_3 and PostCreate_tries' = PostCreate_tries_3 and Fired.failed = none)))))))))
}

-- driver PostCreate.4  line 26: c := call FltAllocateContext()
pred PostCreate_4[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_4
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s4) and ((some c_2: Context | (((c_2.life) = Unused) and (let life_2 = life ++ (c_2 -> Allocated) | (let refs_2 = refs ++ (c_2 -> 1) | (let PostCreate_c_2 = (PostCreate_c - (s -> opener -> Context)) + (s -> opener -> c_2) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s5) | (life' = life_2 and refs' = refs_2 and PostCreate_pc' = PostCreate_pc_3 and PostCreate_c' = PostCreate_c_2 and Fired.failed = none))))))) or (let PostCreate_c_3 = (PostCreate_c - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_4 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s5) | (life' = life and refs' = refs and PostCreate_pc' = PostCreate_pc_4 and PostCreate_c' = PostCreate_c_3 and Fired.failed = none)))))
}

-- driver PostCreate.5  line 27: tries := tries + 1
pred PostCreate_5[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_5
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s5) and (let PostCreate_tries_2 = (PostCreate_tries - (s -> opener -> Int)) + (s -> opener -> plus[(s.PostCreate_tries)[opener], 1]) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s3) | (((not (plus[(s.PostCreate_tries)[opener], 1] <= 2)) and (PostCreate_pc' = PostCreate_pc and PostCreate_tries' = PostCreate_tries and Fired.failed = Violated_WellDefined)) or ((plus[(s.PostCreate_tries)[opener], 1] <= 2) and (PostCreate_pc' = PostCreate_pc_3 and PostCreate_tries' = PostCreate_tries_2 and Fired.failed = none))))))
}

-- driver PostCreate.6  line 29: if c == none
pred PostCreate_6[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_6
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s6) and (let PostCreate_c_2 = (PostCreate_c - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s7) | (let PostCreate_pc_4 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s9) | (let PostCreate_pc_5 = ((no (s.PostCreate_c)[opener]) => PostCreate_pc_3 else PostCreate_pc_4) | (let PostCreate_c_3 = ((no (s.PostCreate_c)[opener]) => PostCreate_c_2 else PostCreate_c) | (PostCreate_pc' = PostCreate_pc_5 and PostCreate_c' = PostCreate_c_3 and Fired.failed = none)))))))
}

-- driver PostCreate.7  line 30: pending -= 1
pred PostCreate_7[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_7
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s7) and (let pending_2 = pending ++ (Globals -> minus[(Globals.pending), 1]) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s8) | (((not (minus[(Globals.pending), 1] >= 0)) and (pending' = pending and PostCreate_pc' = PostCreate_pc and Fired.failed = Violated_WellDefined)) or ((minus[(Globals.pending), 1] >= 0) and (pending' = pending_2 and PostCreate_pc' = PostCreate_pc_3 and Fired.failed = none))))))
}

-- driver PostCreate.8  line 31: return
pred PostCreate_8[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_8
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s8) and (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_done) | (PostCreate_pc' = PostCreate_pc_3 and Fired.failed = none)))
}

-- driver PostCreate.9  line 33: c.member := true
pred PostCreate_9[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_9
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s9) and (let member_2 = member ++ ((s.PostCreate_c)[opener] -> True) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s10) | (((not (some (s.PostCreate_c)[opener])) and (member' = member and PostCreate_pc' = PostCreate_pc and Fired.failed = Violated_WellDefined)) or ((some (s.PostCreate_c)[opener]) and (member' = member_2 and PostCreate_pc' = PostCreate_pc_3 and Fired.failed = none))))))
}

-- driver PostCreate.10  line 34: r, old := call FltSetStreamContext(s, c)
pred PostCreate_10[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_10
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s10) and (((not ((no (s.PostCreate_c)[opener]) or (some (s.PostCreate_c)[opener]))) and (life' = life and refs' = refs and ctx' = ctx and PostCreate_pc' = PostCreate_pc and PostCreate_r' = PostCreate_r and PostCreate_old' = PostCreate_old and Fired.failed = Violated_WellDefined)) or (((no (s.PostCreate_c)[opener]) or (some (s.PostCreate_c)[opener])) and (((no (s.ctx)) and (let ctx_2 = (ctx - (s -> Context)) + (s -> (s.PostCreate_c)[opener]) | (let life_2 = life ++ ((s.PostCreate_c)[opener] -> Attached) | (let refs_2 = refs ++ ((s.PostCreate_c)[opener] -> plus[((s.PostCreate_c)[opener].refs), 1]) | (let PostCreate_r_2 = (PostCreate_r - (s -> opener -> SetResult)) + (s -> opener -> Ok) | (let PostCreate_old_2 = (PostCreate_old - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s11) | ((((not (some (s.PostCreate_c)[opener])) or (not (((some (s.PostCreate_c)[opener]) and (some (s.PostCreate_c)[opener])) and (plus[((s.PostCreate_c)[opener].refs), 1] <= 4)))) and (life' = life and refs' = refs and ctx' = ctx and PostCreate_pc' = PostCreate_pc and PostCreate_r' = PostCreate_r and PostCreate_old' = PostCreate_old and Fired.failed = (((not (no (s.PostCreate_c)[opener])) and (((s.PostCreate_c)[opener].life) = Allocated)) => none else Violated_SetOnlyAllocated) + Violated_WellDefined)) or ((not ((not (some (s.PostCreate_c)[opener])) or (not (((some (s.PostCreate_c)[opener]) and (some (s.PostCreate_c)[opener])) and (plus[((s.PostCreate_c)[opener].refs), 1] <= 4))))) and (life' = life_2 and refs' = refs_2 and ctx' = ctx_2 and PostCreate_pc' = PostCreate_pc_3 and PostCreate_r' = PostCreate_r_2 and PostCreate_old' = PostCreate_old_2 and Fired.failed = (((not (no (s.PostCreate_c)[opener])) and (((s.PostCreate_c)[opener].life) = Allocated)) => none else Violated_SetOnlyAllocated))))))))))) or ((not (no (s.ctx))) and (let refs_3 = refs ++ ((s.ctx) -> plus[((s.ctx).refs), 1]) | (let PostCreate_r_3 = (PostCreate_r - (s -> opener -> SetResult)) + (s -> opener -> AlreadyDefined) | (let PostCreate_old_3 = (PostCreate_old - (s -> opener -> Context)) + (s -> opener -> (s.ctx)) | (let PostCreate_old_4 = (PostCreate_old_3 - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_4 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s11) | (((not (((some (s.ctx)) and (some (s.ctx))) and (plus[((s.ctx).refs), 1] <= 4))) and (life' = life and refs' = refs and ctx' = ctx and PostCreate_pc' = PostCreate_pc and PostCreate_r' = PostCreate_r and PostCreate_old' = PostCreate_old and Fired.failed = (((not (no (s.PostCreate_c)[opener])) and (((s.PostCreate_c)[opener].life) = Allocated)) => none else Violated_SetOnlyAllocated) + Violated_WellDefined)) or ((((some (s.ctx)) and (some (s.ctx))) and (plus[((s.ctx).refs), 1] <= 4)) and (life' = life and refs' = refs_3 and ctx' = ctx and PostCreate_pc' = PostCreate_pc_4 and PostCreate_r' = PostCreate_r_3 and PostCreate_old' = PostCreate_old_4 and Fired.failed = (((not (no (s.PostCreate_c)[opener])) and (((s.PostCreate_c)[opener].life) = Allocated)) => none else Violated_SetOnlyAllocated))))))))))))))
}

-- driver PostCreate.11  line 35: if r == AlreadyDefined
pred PostCreate_11[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_11
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s11) and (let PostCreate_r_2 = (PostCreate_r - (s -> opener -> SetResult)) + (s -> opener -> Ok) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s12) | (let PostCreate_r_3 = (PostCreate_r - (s -> opener -> SetResult)) + (s -> opener -> Ok) | (let PostCreate_pc_4 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s13) | (let PostCreate_pc_5 = (((s.PostCreate_r)[opener] = AlreadyDefined) => PostCreate_pc_3 else PostCreate_pc_4) | (let PostCreate_r_4 = (((s.PostCreate_r)[opener] = AlreadyDefined) => PostCreate_r_2 else PostCreate_r_3) | (PostCreate_pc' = PostCreate_pc_5 and PostCreate_r' = PostCreate_r_4 and Fired.failed = none))))))))
}

-- driver PostCreate.12  line 38: old := none
pred PostCreate_12[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_12
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s12) and (let PostCreate_old_2 = (PostCreate_old - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s14) | (PostCreate_pc' = PostCreate_pc_3 and PostCreate_old' = PostCreate_old_2 and Fired.failed = none))))
}

-- driver PostCreate.13  line 40: skip
pred PostCreate_13[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_13
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s13) and (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s14) | (PostCreate_pc' = PostCreate_pc_3 and Fired.failed = none)))
}

-- driver PostCreate.14  line 42: call FltReleaseContext(c)
pred PostCreate_14[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_14
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s14) and (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s15) | (PostCreate_pc' = PostCreate_pc_3 and Fired.failed = none)))
}

-- driver PostCreate.15  line 59: assert not c.life in {Unused, Freeing, Freed} and c.refs ...
pred PostCreate_15[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_15
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s15) and (((not ((some (s.PostCreate_c)[opener]) and ((((((s.PostCreate_c)[opener].life) = Unused) or (((s.PostCreate_c)[opener].life) = Freeing)) or (((s.PostCreate_c)[opener].life) = Freed)) or (some (s.PostCreate_c)[opener])))) and (PostCreate_pc' = PostCreate_pc and Fired.failed = Violated_WellDefined)) or (((some (s.PostCreate_c)[opener]) and ((((((s.PostCreate_c)[opener].life) = Unused) or (((s.PostCreate_c)[opener].life) = Freeing)) or (((s.PostCreate_c)[opener].life) = Freed)) or (some (s.PostCreate_c)[opener]))) and (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s16) | (PostCreate_pc' = PostCreate_pc_3 and Fired.failed = (((not (((((s.PostCreate_c)[opener].life) = Unused) or (((s.PostCreate_c)[opener].life) = Freeing)) or (((s.PostCreate_c)[opener].life) = Freed))) and (((s.PostCreate_c)[opener].refs) >= 1)) => none else Violated_NoUseAfterFree))))))
}

-- driver PostCreate.16  line 60: c.refs := c.refs - 1
pred PostCreate_16[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_16
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s16) and (let refs_2 = refs ++ ((s.PostCreate_c)[opener] -> minus[((s.PostCreate_c)[opener].refs), 1]) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s17) | (((not (((some (s.PostCreate_c)[opener]) and (some (s.PostCreate_c)[opener])) and (minus[((s.PostCreate_c)[opener].refs), 1] >= minus[0, 1]))) and (refs' = refs and PostCreate_pc' = PostCreate_pc and Fired.failed = Violated_WellDefined)) or ((((some (s.PostCreate_c)[opener]) and (some (s.PostCreate_c)[opener])) and (minus[((s.PostCreate_c)[opener].refs), 1] >= minus[0, 1])) and (refs' = refs_2 and PostCreate_pc' = PostCreate_pc_3 and Fired.failed = none))))))
}

-- driver PostCreate.17  line 61: if c.refs == 0
pred PostCreate_17[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_17
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s17) and (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s18) | (let PostCreate_c_2 = (PostCreate_c - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_4 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s22) | (let PostCreate_pc_5 = ((((s.PostCreate_c)[opener].refs) = 0) => PostCreate_pc_3 else PostCreate_pc_4) | (let PostCreate_c_3 = ((((s.PostCreate_c)[opener].refs) = 0) => PostCreate_c else PostCreate_c_2) | (((not (some (s.PostCreate_c)[opener])) and (PostCreate_pc' = PostCreate_pc and PostCreate_c' = PostCreate_c and Fired.failed = Violated_WellDefined)) or ((some (s.PostCreate_c)[opener]) and (PostCreate_pc' = PostCreate_pc_5 and PostCreate_c' = PostCreate_c_3 and Fired.failed = none)))))))))
}

-- driver PostCreate.18  line 62: c.life := Freeing
pred PostCreate_18[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_18
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s18) and (let life_2 = life ++ ((s.PostCreate_c)[opener] -> Freeing) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s19) | (((not (some (s.PostCreate_c)[opener])) and (life' = life and PostCreate_pc' = PostCreate_pc and Fired.failed = Violated_WellDefined)) or ((some (s.PostCreate_c)[opener]) and (life' = life_2 and PostCreate_pc' = PostCreate_pc_3 and Fired.failed = none))))))
}

-- driver PostCreate.19  line 63: call ContextCleanupCallback(c)
pred PostCreate_19[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_19
  Fired.arg1 = s
  Fired.arg2 = opener
  (((not ((not ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s19)) or (some (s.PostCreate_c)[opener]))) and (PostCreate_pc' = PostCreate_pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or (((not ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s19)) or (some (s.PostCreate_c)[opener])) and ((((s.PostCreate_pc)[opener] = PostCreate_pc_2_s19) and (((s.PostCreate_c)[opener].ContextCleanupCallback_pc) = idle)) and (let ContextCleanupCallback_pc_3 = ContextCleanupCallback_pc ++ ((s.PostCreate_c)[opener] -> ContextCleanupCallback_pc_2_s1) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s20) | (((not (some (s.PostCreate_c)[opener])) and (PostCreate_pc' = PostCreate_pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or ((some (s.PostCreate_c)[opener]) and (PostCreate_pc' = PostCreate_pc_3 and ContextCleanupCallback_pc' = ContextCleanupCallback_pc_3 and Fired.failed = none))))))))
}

-- driver PostCreate.20  line 63: call ContextCleanupCallback(c) (wait for return)
pred PostCreate_20[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_20
  Fired.arg1 = s
  Fired.arg2 = opener
  (((not ((not ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s20)) or (some (s.PostCreate_c)[opener]))) and (PostCreate_pc' = PostCreate_pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or (((not ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s20)) or (some (s.PostCreate_c)[opener])) and ((((s.PostCreate_pc)[opener] = PostCreate_pc_2_s20) and (((s.PostCreate_c)[opener].ContextCleanupCallback_pc) = returned)) and (let ContextCleanupCallback_pc_3 = ContextCleanupCallback_pc ++ ((s.PostCreate_c)[opener] -> idle) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s21) | (((not (some (s.PostCreate_c)[opener])) and (PostCreate_pc' = PostCreate_pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or ((some (s.PostCreate_c)[opener]) and (PostCreate_pc' = PostCreate_pc_3 and ContextCleanupCallback_pc' = ContextCleanupCallback_pc_3 and Fired.failed = none))))))))
}

-- driver PostCreate.21  line 64: c.life := Freed
pred PostCreate_21[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_21
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s21) and (let life_2 = life ++ ((s.PostCreate_c)[opener] -> Freed) | (let PostCreate_c_2 = (PostCreate_c - (s -> opener -> Context)) + (s -> opener -> none) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_s22) | (((not (some (s.PostCreate_c)[opener])) and (life' = life and PostCreate_pc' = PostCreate_pc and PostCreate_c' = PostCreate_c and Fired.failed = Violated_WellDefined)) or ((some (s.PostCreate_c)[opener]) and (life' = life_2 and PostCreate_pc' = PostCreate_pc_3 and PostCreate_c' = PostCreate_c_2 and Fired.failed = none)))))))
}

-- driver PostCreate.22  line 43: pending -= 1
pred PostCreate_22[s: Stream, opener: Int] {
  Fired.action = Fired_PostCreate_22
  Fired.arg1 = s
  Fired.arg2 = opener
  (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s22) and (let pending_2 = pending ++ (Globals -> minus[(Globals.pending), 1]) | (let PostCreate_pc_3 = (PostCreate_pc - (s -> opener -> PostCreate_pc_2)) + (s -> opener -> PostCreate_pc_2_done) | (((not (minus[(Globals.pending), 1] >= 0)) and (pending' = pending and PostCreate_pc' = PostCreate_pc and Fired.failed = Violated_WellDefined)) or ((minus[(Globals.pending), 1] >= 0) and (pending' = pending_2 and PostCreate_pc' = PostCreate_pc_3 and Fired.failed = none))))))
}

-- driver FilterUnload.1  line 53: await pending == 0
pred FilterUnload_1[] {
  Fired.action = Fired_FilterUnload_1
  no Fired.arg1
  no Fired.arg2
  ((((FilterUnload.pc) = FilterUnload_pc_s1) and ((Globals.pending) = 0)) and (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s2) | (pc' = pc_2 and Fired.failed = none)))
}

-- driver FilterUnload.2  line 54: for s in Stream
pred FilterUnload_2[] {
  Fired.action = Fired_FilterUnload_2
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s2) and (let FilterUnload_s_2_todo_2 = FilterUnload_s_2_todo ++ (Stream1 -> True) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s3) | (pc' = pc_2 and FilterUnload_s_2_todo' = FilterUnload_s_2_todo_2 and Fired.failed = none))))
}

-- driver FilterUnload.3  line 54: for s in Stream (next)
pred FilterUnload_3[] {
  Fired.action = Fired_FilterUnload_3
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s3) and (((some s: Stream | ((s.FilterUnload_s_2_todo) = True)) and (some s_3: Stream | (((s_3.FilterUnload_s_2_todo) = True) and (let FilterUnload_s_2_todo_2 = FilterUnload_s_2_todo ++ (s_3 -> False) | (let s_2_2 = s_2 ++ (FilterUnload -> s_3) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s4) | (pc' = pc_2 and s_2' = s_2_2 and FilterUnload_s_2_todo' = FilterUnload_s_2_todo_2 and Fired.failed = none))))))) or ((not (some s: Stream | ((s.FilterUnload_s_2_todo) = True))) and (let s_2_3 = s_2 ++ (FilterUnload -> Stream1) | (let pc_3 = pc ++ (FilterUnload -> FilterUnload_pc_s14) | (pc' = pc_3 and s_2' = s_2_3 and FilterUnload_s_2_todo' = FilterUnload_s_2_todo and Fired.failed = none))))))
}

-- driver FilterUnload.4  line 55: c := call FltGetStreamContext(s)
pred FilterUnload_4[] {
  Fired.action = Fired_FilterUnload_4
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s4) and (let c_2 = (c - (FilterUnload -> Context)) + (FilterUnload -> none) | (let s_2_2 = s_2 ++ (FilterUnload -> Stream1) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s5) | (let refs_2 = refs ++ (((FilterUnload.s_2).ctx) -> plus[(((FilterUnload.s_2).ctx).refs), 1]) | (let c_3 = (c - (FilterUnload -> Context)) + (FilterUnload -> ((FilterUnload.s_2).ctx)) | (let s_2_3 = s_2 ++ (FilterUnload -> Stream1) | (let pc_3 = pc ++ (FilterUnload -> FilterUnload_pc_s5) | (let refs_3 = ((no ((FilterUnload.s_2).ctx)) => refs else refs_2) | (let pc_4 = ((no ((FilterUnload.s_2).ctx)) => pc_2 else pc_3) | (let c_4 = ((no ((FilterUnload.s_2).ctx)) => c_2 else c_3) | (let s_2_4 = ((no ((FilterUnload.s_2).ctx)) => s_2_2 else s_2_3) | ((((not (no ((FilterUnload.s_2).ctx))) and (not (((some ((FilterUnload.s_2).ctx)) and (some ((FilterUnload.s_2).ctx))) and (plus[(((FilterUnload.s_2).ctx).refs), 1] <= 4)))) and (refs' = refs and pc' = pc and c' = c and s_2' = s_2 and Fired.failed = Violated_WellDefined)) or ((not ((not (no ((FilterUnload.s_2).ctx))) and (not (((some ((FilterUnload.s_2).ctx)) and (some ((FilterUnload.s_2).ctx))) and (plus[(((FilterUnload.s_2).ctx).refs), 1] <= 4))))) and (refs' = refs_3 and pc' = pc_4 and c' = c_4 and s_2' = s_2_4 and Fired.failed = none)))))))))))))))
}

-- driver FilterUnload.5  line 56: if c != none
pred FilterUnload_5[] {
  Fired.action = Fired_FilterUnload_5
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s5) and (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s6) | (let c_2 = (c - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_3 = pc ++ (FilterUnload -> FilterUnload_pc_s3) | (let pc_4 = ((not (no (FilterUnload.c))) => pc_2 else pc_3) | (let c_3 = ((not (no (FilterUnload.c))) => c else c_2) | (pc' = pc_4 and c' = c_3 and Fired.failed = none)))))))
}

-- driver FilterUnload.6  line 56: call FltReleaseContext(c)
pred FilterUnload_6[] {
  Fired.action = Fired_FilterUnload_6
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s6) and (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s7) | (pc' = pc_2 and Fired.failed = none)))
}

-- driver FilterUnload.7  line 59: assert not c.life in {Unused, Freeing, Freed} and c.refs ...
pred FilterUnload_7[] {
  Fired.action = Fired_FilterUnload_7
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s7) and (((not ((some (FilterUnload.c)) and ((((((FilterUnload.c).life) = Unused) or (((FilterUnload.c).life) = Freeing)) or (((FilterUnload.c).life) = Freed)) or (some (FilterUnload.c))))) and (pc' = pc and Fired.failed = Violated_WellDefined)) or (((some (FilterUnload.c)) and ((((((FilterUnload.c).life) = Unused) or (((FilterUnload.c).life) = Freeing)) or (((FilterUnload.c).life) = Freed)) or (some (FilterUnload.c)))) and (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s8) | (pc' = pc_2 and Fired.failed = (((not (((((FilterUnload.c).life) = Unused) or (((FilterUnload.c).life) = Freeing)) or (((FilterUnload.c).life) = Freed))) and (((FilterUnload.c).refs) >= 1)) => none else Violated_NoUseAfterFree))))))
}

-- driver FilterUnload.8  line 60: c.refs := c.refs - 1
pred FilterUnload_8[] {
  Fired.action = Fired_FilterUnload_8
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s8) and (let refs_2 = refs ++ ((FilterUnload.c) -> minus[((FilterUnload.c).refs), 1]) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s9) | (((not (((some (FilterUnload.c)) and (some (FilterUnload.c))) and (minus[((FilterUnload.c).refs), 1] >= minus[0, 1]))) and (refs' = refs and pc' = pc and Fired.failed = Violated_WellDefined)) or ((((some (FilterUnload.c)) and (some (FilterUnload.c))) and (minus[((FilterUnload.c).refs), 1] >= minus[0, 1])) and (refs' = refs_2 and pc' = pc_2 and Fired.failed = none))))))
}

-- driver FilterUnload.9  line 61: if c.refs == 0
pred FilterUnload_9[] {
  Fired.action = Fired_FilterUnload_9
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s9) and (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s10) | (let c_2 = (c - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_3 = pc ++ (FilterUnload -> FilterUnload_pc_s3) | (let pc_4 = ((((FilterUnload.c).refs) = 0) => pc_2 else pc_3) | (let c_3 = ((((FilterUnload.c).refs) = 0) => c else c_2) | (((not (some (FilterUnload.c))) and (pc' = pc and c' = c and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.c)) and (pc' = pc_4 and c' = c_3 and Fired.failed = none)))))))))
}

-- driver FilterUnload.10  line 62: c.life := Freeing
pred FilterUnload_10[] {
  Fired.action = Fired_FilterUnload_10
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s10) and (let life_2 = life ++ ((FilterUnload.c) -> Freeing) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s11) | (((not (some (FilterUnload.c))) and (life' = life and pc' = pc and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.c)) and (life' = life_2 and pc' = pc_2 and Fired.failed = none))))))
}

-- driver FilterUnload.11  line 63: call ContextCleanupCallback(c)
pred FilterUnload_11[] {
  Fired.action = Fired_FilterUnload_11
  no Fired.arg1
  no Fired.arg2
  (((not ((not ((FilterUnload.pc) = FilterUnload_pc_s11)) or (some (FilterUnload.c)))) and (pc' = pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or (((not ((FilterUnload.pc) = FilterUnload_pc_s11)) or (some (FilterUnload.c))) and ((((FilterUnload.pc) = FilterUnload_pc_s11) and (((FilterUnload.c).ContextCleanupCallback_pc) = idle)) and (let ContextCleanupCallback_pc_3 = ContextCleanupCallback_pc ++ ((FilterUnload.c) -> ContextCleanupCallback_pc_2_s1) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s12) | (((not (some (FilterUnload.c))) and (pc' = pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.c)) and (pc' = pc_2 and ContextCleanupCallback_pc' = ContextCleanupCallback_pc_3 and Fired.failed = none))))))))
}

-- driver FilterUnload.12  line 63: call ContextCleanupCallback(c) (wait for return)
pred FilterUnload_12[] {
  Fired.action = Fired_FilterUnload_12
  no Fired.arg1
  no Fired.arg2
  (((not ((not ((FilterUnload.pc) = FilterUnload_pc_s12)) or (some (FilterUnload.c)))) and (pc' = pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or (((not ((FilterUnload.pc) = FilterUnload_pc_s12)) or (some (FilterUnload.c))) and ((((FilterUnload.pc) = FilterUnload_pc_s12) and (((FilterUnload.c).ContextCleanupCallback_pc) = returned)) and (let ContextCleanupCallback_pc_3 = ContextCleanupCallback_pc ++ ((FilterUnload.c) -> idle) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s13) | (((not (some (FilterUnload.c))) and (pc' = pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.c)) and (pc' = pc_2 and ContextCleanupCallback_pc' = ContextCleanupCallback_pc_3 and Fired.failed = none))))))))
}

-- driver FilterUnload.13  line 64: c.life := Freed
pred FilterUnload_13[] {
  Fired.action = Fired_FilterUnload_13
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s13) and (let life_2 = life ++ ((FilterUnload.c) -> Freed) | (let c_2 = (c - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s3) | (((not (some (FilterUnload.c))) and (life' = life and pc' = pc and c' = c and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.c)) and (life' = life_2 and pc' = pc_2 and c' = c_2 and Fired.failed = none)))))))
}

-- driver FilterUnload.14  line 58: call FltUnregisterFilter()
pred FilterUnload_14[] {
  Fired.action = Fired_FilterUnload_14
  no Fired.arg1
  no Fired.arg2
  ((((FilterUnload.pc) = FilterUnload_pc_s14) and (not ((Globals.unregistered) = True))) and (let FltUnregisterFilter_detached_2 = (FltUnregisterFilter_detached - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s15) | (pc' = pc_2 and FltUnregisterFilter_detached' = FltUnregisterFilter_detached_2 and Fired.failed = none))))
}

-- driver FilterUnload.15  line 78: unregistered := true
pred FilterUnload_15[] {
  Fired.action = Fired_FilterUnload_15
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s15) and (let unregistered_2 = unregistered ++ (Globals -> True) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s16) | (unregistered' = unregistered_2 and pc' = pc_2 and Fired.failed = none))))
}

-- driver FilterUnload.16  line 79: for s in Stream where s.ctx != none
pred FilterUnload_16[] {
  Fired.action = Fired_FilterUnload_16
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s16) and (let FilterUnload_s_16_todo_2 = FilterUnload_s_16_todo ++ (Stream1 -> ((not (no (Stream1.ctx))) => True else False)) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s17) | (pc' = pc_2 and FilterUnload_s_16_todo' = FilterUnload_s_16_todo_2 and Fired.failed = none))))
}

-- driver FilterUnload.17  line 79: for s in Stream where s.ctx != none (next)
pred FilterUnload_17[] {
  Fired.action = Fired_FilterUnload_17
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s17) and (((some s: Stream | ((s.FilterUnload_s_16_todo) = True)) and (some s_3: Stream | (((s_3.FilterUnload_s_16_todo) = True) and (let FilterUnload_s_16_todo_2 = FilterUnload_s_16_todo ++ (s_3 -> False) | (let s_16_2 = s_16 ++ (FilterUnload -> s_3) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s18) | (pc' = pc_2 and FltUnregisterFilter_detached' = FltUnregisterFilter_detached and s_16' = s_16_2 and FilterUnload_s_16_todo' = FilterUnload_s_16_todo_2 and Fired.failed = none))))))) or ((not (some s: Stream | ((s.FilterUnload_s_16_todo) = True))) and (let s_16_3 = s_16 ++ (FilterUnload -> Stream1) | (let FltUnregisterFilter_detached_2 = (FltUnregisterFilter_detached - (FilterUnload -> Context)) + (FilterUnload -> none) | (let pc_3 = pc ++ (FilterUnload -> s27) | (pc' = pc_3 and FltUnregisterFilter_detached' = FltUnregisterFilter_detached_2 and s_16' = s_16_3 and FilterUnload_s_16_todo' = FilterUnload_s_16_todo and Fired.failed = none)))))))
}

-- driver FilterUnload.18  line 80: atomic
pred FilterUnload_18[] {
  Fired.action = Fired_FilterUnload_18
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s18) and (let FltUnregisterFilter_detached_2 = (FltUnregisterFilter_detached - (FilterUnload -> Context)) + (FilterUnload -> ((FilterUnload.s_16).ctx)) | (let ctx_2 = (ctx - ((FilterUnload.s_16) -> Context)) + ((FilterUnload.s_16) -> none) | (let life_2 = life ++ ((FilterUnload.FltUnregisterFilter_detached_2) -> Detached) | (let s_16_2 = s_16 ++ (FilterUnload -> Stream1) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s19) | (((not (some (FilterUnload.FltUnregisterFilter_detached_2))) and (life' = life and ctx' = ctx and pc' = pc and FltUnregisterFilter_detached' = FltUnregisterFilter_detached and s_16' = s_16 and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.FltUnregisterFilter_detached_2)) and (life' = life_2 and ctx' = ctx_2 and pc' = pc_2 and FltUnregisterFilter_detached' = FltUnregisterFilter_detached_2 and s_16' = s_16_2 and Fired.failed = none)))))))))
}

-- driver FilterUnload.19  line 81: call FltReleaseContext(detached)
pred FilterUnload_19[] {
  Fired.action = Fired_FilterUnload_19
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s19) and (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s20) | (pc' = pc_2 and Fired.failed = none)))
}

-- driver FilterUnload.20  line 59: assert not c.life in {Unused, Freeing, Freed} and c.refs ...
pred FilterUnload_20[] {
  Fired.action = Fired_FilterUnload_20
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s20) and (((not ((some (FilterUnload.FltUnregisterFilter_detached)) and ((((((FilterUnload.FltUnregisterFilter_detached).life) = Unused) or (((FilterUnload.FltUnregisterFilter_detached).life) = Freeing)) or (((FilterUnload.FltUnregisterFilter_detached).life) = Freed)) or (some (FilterUnload.FltUnregisterFilter_detached))))) and (pc' = pc and Fired.failed = Violated_WellDefined)) or (((some (FilterUnload.FltUnregisterFilter_detached)) and ((((((FilterUnload.FltUnregisterFilter_detached).life) = Unused) or (((FilterUnload.FltUnregisterFilter_detached).life) = Freeing)) or (((FilterUnload.FltUnregisterFilter_detached).life) = Freed)) or (some (FilterUnload.FltUnregisterFilter_detached)))) and (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s21) | (pc' = pc_2 and Fired.failed = (((not (((((FilterUnload.FltUnregisterFilter_detached).life) = Unused) or (((FilterUnload.FltUnregisterFilter_detached).life) = Freeing)) or (((FilterUnload.FltUnregisterFilter_detached).life) = Freed))) and (((FilterUnload.FltUnregisterFilter_detached).refs) >= 1)) => none else Violated_NoUseAfterFree))))))
}

-- driver FilterUnload.21  line 60: c.refs := c.refs - 1
pred FilterUnload_21[] {
  Fired.action = Fired_FilterUnload_21
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s21) and (let refs_2 = refs ++ ((FilterUnload.FltUnregisterFilter_detached) -> minus[((FilterUnload.FltUnregisterFilter_detached).refs), 1]) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s22) | (((not (((some (FilterUnload.FltUnregisterFilter_detached)) and (some (FilterUnload.FltUnregisterFilter_detached))) and (minus[((FilterUnload.FltUnregisterFilter_detached).refs), 1] >= minus[0, 1]))) and (refs' = refs and pc' = pc and Fired.failed = Violated_WellDefined)) or ((((some (FilterUnload.FltUnregisterFilter_detached)) and (some (FilterUnload.FltUnregisterFilter_detached))) and (minus[((FilterUnload.FltUnregisterFilter_detached).refs), 1] >= minus[0, 1])) and (refs' = refs_2 and pc' = pc_2 and Fired.failed = none))))))
}

-- driver FilterUnload.22  line 61: if c.refs == 0
pred FilterUnload_22[] {
  Fired.action = Fired_FilterUnload_22
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = FilterUnload_pc_s22) and (let pc_2 = pc ++ (FilterUnload -> s23) | (let pc_3 = pc ++ (FilterUnload -> FilterUnload_pc_s17) | (let pc_4 = ((((FilterUnload.FltUnregisterFilter_detached).refs) = 0) => pc_2 else pc_3) | (((not (some (FilterUnload.FltUnregisterFilter_detached))) and (pc' = pc and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.FltUnregisterFilter_detached)) and (pc' = pc_4 and Fired.failed = none)))))))
}

-- driver FilterUnload.23  line 62: c.life := Freeing
pred FilterUnload_23[] {
  Fired.action = Fired_FilterUnload_23
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = s23) and (let life_2 = life ++ ((FilterUnload.FltUnregisterFilter_detached) -> Freeing) | (let pc_2 = pc ++ (FilterUnload -> s24) | (((not (some (FilterUnload.FltUnregisterFilter_detached))) and (life' = life and pc' = pc and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.FltUnregisterFilter_detached)) and (life' = life_2 and pc' = pc_2 and Fired.failed = none))))))
}

-- driver FilterUnload.24  line 63: call ContextCleanupCallback(c)
pred FilterUnload_24[] {
  Fired.action = Fired_FilterUnload_24
  no Fired.arg1
  no Fired.arg2
  (((not ((not ((FilterUnload.pc) = s24)) or (some (FilterUnload.FltUnregisterFilter_detached)))) and (pc' = pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or (((not ((FilterUnload.pc) = s24)) or (some (FilterUnload.FltUnregisterFilter_detached))) and ((((FilterUnload.pc) = s24) and (((FilterUnload.FltUnregisterFilter_detached).ContextCleanupCallback_pc) = idle)) and (let ContextCleanupCallback_pc_3 = ContextCleanupCallback_pc ++ ((FilterUnload.FltUnregisterFilter_detached) -> ContextCleanupCallback_pc_2_s1) | (let pc_2 = pc ++ (FilterUnload -> s25) | (((not (some (FilterUnload.FltUnregisterFilter_detached))) and (pc' = pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.FltUnregisterFilter_detached)) and (pc' = pc_2 and ContextCleanupCallback_pc' = ContextCleanupCallback_pc_3 and Fired.failed = none))))))))
}

-- driver FilterUnload.25  line 63: call ContextCleanupCallback(c) (wait for return)
pred FilterUnload_25[] {
  Fired.action = Fired_FilterUnload_25
  no Fired.arg1
  no Fired.arg2
  (((not ((not ((FilterUnload.pc) = s25)) or (some (FilterUnload.FltUnregisterFilter_detached)))) and (pc' = pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or (((not ((FilterUnload.pc) = s25)) or (some (FilterUnload.FltUnregisterFilter_detached))) and ((((FilterUnload.pc) = s25) and (((FilterUnload.FltUnregisterFilter_detached).ContextCleanupCallback_pc) = returned)) and (let ContextCleanupCallback_pc_3 = ContextCleanupCallback_pc ++ ((FilterUnload.FltUnregisterFilter_detached) -> idle) | (let pc_2 = pc ++ (FilterUnload -> s26) | (((not (some (FilterUnload.FltUnregisterFilter_detached))) and (pc' = pc and ContextCleanupCallback_pc' = ContextCleanupCallback_pc and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.FltUnregisterFilter_detached)) and (pc' = pc_2 and ContextCleanupCallback_pc' = ContextCleanupCallback_pc_3 and Fired.failed = none))))))))
}

-- driver FilterUnload.26  line 64: c.life := Freed
pred FilterUnload_26[] {
  Fired.action = Fired_FilterUnload_26
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = s26) and (let life_2 = life ++ ((FilterUnload.FltUnregisterFilter_detached) -> Freed) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_s17) | (((not (some (FilterUnload.FltUnregisterFilter_detached))) and (life' = life and pc' = pc and Fired.failed = Violated_WellDefined)) or ((some (FilterUnload.FltUnregisterFilter_detached)) and (life' = life_2 and pc' = pc_2 and Fired.failed = none))))))
}

-- driver FilterUnload.27  line 59: unloaded := true
pred FilterUnload_27[] {
  Fired.action = Fired_FilterUnload_27
  no Fired.arg1
  no Fired.arg2
  (((FilterUnload.pc) = s27) and (let unloaded_2 = unloaded ++ (Globals -> True) | (let pc_2 = pc ++ (FilterUnload -> FilterUnload_pc_done) | (unloaded' = unloaded_2 and pc' = pc_2 and Fired.failed = none))))
}

-- driver ContextCleanupCallback.1  line 47: c.member := false
pred ContextCleanupCallback_1[c_2: Context] {
  Fired.action = Fired_ContextCleanupCallback_1
  Fired.arg1 = c_2
  no Fired.arg2
  (((c_2.ContextCleanupCallback_pc) = ContextCleanupCallback_pc_2_s1) and (let member_2 = member ++ (c_2 -> False) | (let ContextCleanupCallback_pc_3 = ContextCleanupCallback_pc ++ (c_2 -> ContextCleanupCallback_pc_2_s2) | (member' = member_2 and ContextCleanupCallback_pc' = ContextCleanupCallback_pc_3 and Fired.failed = none))))
}

-- driver ContextCleanupCallback.2  line 48: c.cleaned := true
pred ContextCleanupCallback_2[c_2: Context] {
  Fired.action = Fired_ContextCleanupCallback_2
  Fired.arg1 = c_2
  no Fired.arg2
  (((c_2.ContextCleanupCallback_pc) = ContextCleanupCallback_pc_2_s2) and (let cleaned_2 = cleaned ++ (c_2 -> True) | (let ContextCleanupCallback_pc_3 = ContextCleanupCallback_pc ++ (c_2 -> returned) | (cleaned' = cleaned_2 and ContextCleanupCallback_pc' = ContextCleanupCallback_pc_3 and Fired.failed = none))))
}

fact transitions {
  always (stutter
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_1[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_2[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_3[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_4[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_5[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_6[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_7[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_8[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_9[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_10[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_11[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_12[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_13[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_14[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_15[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_16[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_17[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_18[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_19[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_20[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_21[s, opener]))
    or (some s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and PostCreate_22[s, opener]))
    or FilterUnload_1[]
    or FilterUnload_2[]
    or FilterUnload_3[]
    or FilterUnload_4[]
    or FilterUnload_5[]
    or FilterUnload_6[]
    or FilterUnload_7[]
    or FilterUnload_8[]
    or FilterUnload_9[]
    or FilterUnload_10[]
    or FilterUnload_11[]
    or FilterUnload_12[]
    or FilterUnload_13[]
    or FilterUnload_14[]
    or FilterUnload_15[]
    or FilterUnload_16[]
    or FilterUnload_17[]
    or FilterUnload_18[]
    or FilterUnload_19[]
    or FilterUnload_20[]
    or FilterUnload_21[]
    or FilterUnload_22[]
    or FilterUnload_23[]
    or FilterUnload_24[]
    or FilterUnload_25[]
    or FilterUnload_26[]
    or FilterUnload_27[]
    or (some c_2: Context | ContextCleanupCallback_1[c_2])
    or (some c_2: Context | ContextCleanupCallback_2[c_2]))
}

-- traces end in stuttering, so a trace of n states shows violations within n - 1 steps
fact finite { eventually always stutter }

-- each variable changes only in a step of an action that may assign it
fact frame {
  always (life' = life or some (Fired.action & (Fired_PostCreate_4 + Fired_PostCreate_10 + Fired_PostCreate_18 + Fired_PostCreate_21 + Fired_FilterUnload_10 + Fired_FilterUnload_13 + Fired_FilterUnload_18 + Fired_FilterUnload_23 + Fired_FilterUnload_26)))
  always (refs' = refs or some (Fired.action & (Fired_PostCreate_4 + Fired_PostCreate_10 + Fired_PostCreate_16 + Fired_FilterUnload_4 + Fired_FilterUnload_8 + Fired_FilterUnload_21)))
  always (member' = member or some (Fired.action & (Fired_PostCreate_9 + Fired_ContextCleanupCallback_1)))
  always (cleaned' = cleaned or some (Fired.action & (Fired_ContextCleanupCallback_2)))
  always (ctx' = ctx or some (Fired.action & (Fired_PostCreate_10 + Fired_FilterUnload_18)))
  always (unregistered' = unregistered or some (Fired.action & (Fired_FilterUnload_15)))
  always (pending' = pending or some (Fired.action & (Fired_PostCreate_7 + Fired_PostCreate_22)))
  always (unloaded' = unloaded or some (Fired.action & (Fired_FilterUnload_27)))
  always (PostCreate_pc' = PostCreate_pc or some (Fired.action & (Fired_PostCreate_1 + Fired_PostCreate_2 + Fired_PostCreate_3 + Fired_PostCreate_4 + Fired_PostCreate_5 + Fired_PostCreate_6 + Fired_PostCreate_7 + Fired_PostCreate_8 + Fired_PostCreate_9 + Fired_PostCreate_10 + Fired_PostCreate_11 + Fired_PostCreate_12 + Fired_PostCreate_13 + Fired_PostCreate_14 + Fired_PostCreate_15 + Fired_PostCreate_16 + Fired_PostCreate_17 + Fired_PostCreate_18 + Fired_PostCreate_19 + Fired_PostCreate_20 + Fired_PostCreate_21 + Fired_PostCreate_22)))
  always (PostCreate_c' = PostCreate_c or some (Fired.action & (Fired_PostCreate_1 + Fired_PostCreate_3 + Fired_PostCreate_4 + Fired_PostCreate_6 + Fired_PostCreate_17 + Fired_PostCreate_21)))
  always (PostCreate_r' = PostCreate_r or some (Fired.action & (Fired_PostCreate_10 + Fired_PostCreate_11)))
  always (PostCreate_old' = PostCreate_old or some (Fired.action & (Fired_PostCreate_10 + Fired_PostCreate_12)))
  always (PostCreate_tries' = PostCreate_tries or some (Fired.action & (Fired_PostCreate_2 + Fired_PostCreate_3 + Fired_PostCreate_5)))
  always (pc' = pc or some (Fired.action & (Fired_FilterUnload_1 + Fired_FilterUnload_2 + Fired_FilterUnload_3 + Fired_FilterUnload_4 + Fired_FilterUnload_5 + Fired_FilterUnload_6 + Fired_FilterUnload_7 + Fired_FilterUnload_8 + Fired_FilterUnload_9 + Fired_FilterUnload_10 + Fired_FilterUnload_11 + Fired_FilterUnload_12 + Fired_FilterUnload_13 + Fired_FilterUnload_14 + Fired_FilterUnload_15 + Fired_FilterUnload_16 + Fired_FilterUnload_17 + Fired_FilterUnload_18 + Fired_FilterUnload_19 + Fired_FilterUnload_20 + Fired_FilterUnload_21 + Fired_FilterUnload_22 + Fired_FilterUnload_23 + Fired_FilterUnload_24 + Fired_FilterUnload_25 + Fired_FilterUnload_26 + Fired_FilterUnload_27)))
  always (c' = c or some (Fired.action & (Fired_FilterUnload_4 + Fired_FilterUnload_5 + Fired_FilterUnload_9 + Fired_FilterUnload_13)))
  always (s_2' = s_2 or some (Fired.action & (Fired_FilterUnload_3 + Fired_FilterUnload_4)))
  always (FilterUnload_s_2_todo' = FilterUnload_s_2_todo or some (Fired.action & (Fired_FilterUnload_2 + Fired_FilterUnload_3)))
  always (FltUnregisterFilter_detached' = FltUnregisterFilter_detached or some (Fired.action & (Fired_FilterUnload_14 + Fired_FilterUnload_17 + Fired_FilterUnload_18)))
  always (s_16' = s_16 or some (Fired.action & (Fired_FilterUnload_17 + Fired_FilterUnload_18)))
  always (FilterUnload_s_16_todo' = FilterUnload_s_16_todo or some (Fired.action & (Fired_FilterUnload_16 + Fired_FilterUnload_17)))
  always (ContextCleanupCallback_pc' = ContextCleanupCallback_pc or some (Fired.action & (Fired_PostCreate_19 + Fired_PostCreate_20 + Fired_FilterUnload_11 + Fired_FilterUnload_12 + Fired_FilterUnload_24 + Fired_FilterUnload_25 + Fired_ContextCleanupCallback_1 + Fired_ContextCleanupCallback_2)))
}

-- no action can be taken
pred deadlocked {
  (((((((((((((((((((((((((((((((((((((((((((((((((((no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s1))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s2)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s3)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s4)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s5)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s6)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s7)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s8)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s9)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s10) and ((not ((no (s.PostCreate_c)[opener]) or (some (s.PostCreate_c)[opener]))) or (((no (s.PostCreate_c)[opener]) or (some (s.PostCreate_c)[opener])) and ((no (s.ctx)) or (not (no (s.ctx)))))))))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s11)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s12)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s13)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s14)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s15)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s16)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s17)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s18)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((not ((not ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s19)) or (some (s.PostCreate_c)[opener]))) or (((not ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s19)) or (some (s.PostCreate_c)[opener])) and (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s19) and (((s.PostCreate_c)[opener].ContextCleanupCallback_pc) = idle))))))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((not ((not ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s20)) or (some (s.PostCreate_c)[opener]))) or (((not ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s20)) or (some (s.PostCreate_c)[opener])) and (((s.PostCreate_pc)[opener] = PostCreate_pc_2_s20) and (((s.PostCreate_c)[opener].ContextCleanupCallback_pc) = returned))))))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s21)))) and (no s: Stream, opener: Int | ((opener >= 1 and opener <= 2) and ((s.PostCreate_pc)[opener] = PostCreate_pc_2_s22)))) and (not (((FilterUnload.pc) = FilterUnload_pc_s1) and ((Globals.pending) = 0)))) and (not ((FilterUnload.pc) = FilterUnload_pc_s2))) and (not (((FilterUnload.pc) = FilterUnload_pc_s3) and (((some s: Stream | ((s.FilterUnload_s_2_todo) = True)) and (some s_3: Stream | ((s_3.FilterUnload_s_2_todo) = True))) or (not (some s: Stream | ((s.FilterUnload_s_2_todo) = True))))))) and (not ((FilterUnload.pc) = FilterUnload_pc_s4))) and (not ((FilterUnload.pc) = FilterUnload_pc_s5))) and (not ((FilterUnload.pc) = FilterUnload_pc_s6))) and (not ((FilterUnload.pc) = FilterUnload_pc_s7))) and (not ((FilterUnload.pc) = FilterUnload_pc_s8))) and (not ((FilterUnload.pc) = FilterUnload_pc_s9))) and (not ((FilterUnload.pc) = FilterUnload_pc_s10))) and (not ((not ((not ((FilterUnload.pc) = FilterUnload_pc_s11)) or (some (FilterUnload.c)))) or (((not ((FilterUnload.pc) = FilterUnload_pc_s11)) or (some (FilterUnload.c))) and (((FilterUnload.pc) = FilterUnload_pc_s11) and (((FilterUnload.c).ContextCleanupCallback_pc) = idle)))))) and (not ((not ((not ((FilterUnload.pc) = FilterUnload_pc_s12)) or (some (FilterUnload.c)))) or (((not ((FilterUnload.pc) = FilterUnload_pc_s12)) or (some (FilterUnload.c))) and (((FilterUnload.pc) = FilterUnload_pc_s12) and (((FilterUnload.c).ContextCleanupCallback_pc) = returned)))))) and (not ((FilterUnload.pc) = FilterUnload_pc_s13))) and (not (((FilterUnload.pc) = FilterUnload_pc_s14) and (not ((Globals.unregistered) = True))))) and (not ((FilterUnload.pc) = FilterUnload_pc_s15))) and (not ((FilterUnload.pc) = FilterUnload_pc_s16))) and (not (((FilterUnload.pc) = FilterUnload_pc_s17) and (((some s: Stream | ((s.FilterUnload_s_16_todo) = True)) and (some s_3: Stream | ((s_3.FilterUnload_s_16_todo) = True))) or (not (some s: Stream | ((s.FilterUnload_s_16_todo) = True))))))) and (not ((FilterUnload.pc) = FilterUnload_pc_s18))) and (not ((FilterUnload.pc) = FilterUnload_pc_s19))) and (not ((FilterUnload.pc) = FilterUnload_pc_s20))) and (not ((FilterUnload.pc) = FilterUnload_pc_s21))) and (not ((FilterUnload.pc) = FilterUnload_pc_s22))) and (not ((FilterUnload.pc) = s23))) and (not ((not ((not ((FilterUnload.pc) = s24)) or (some (FilterUnload.FltUnregisterFilter_detached)))) or (((not ((FilterUnload.pc) = s24)) or (some (FilterUnload.FltUnregisterFilter_detached))) and (((FilterUnload.pc) = s24) and (((FilterUnload.FltUnregisterFilter_detached).ContextCleanupCallback_pc) = idle)))))) and (not ((not ((not ((FilterUnload.pc) = s25)) or (some (FilterUnload.FltUnregisterFilter_detached)))) or (((not ((FilterUnload.pc) = s25)) or (some (FilterUnload.FltUnregisterFilter_detached))) and (((FilterUnload.pc) = s25) and (((FilterUnload.FltUnregisterFilter_detached).ContextCleanupCallback_pc) = returned)))))) and (not ((FilterUnload.pc) = s26))) and (not ((FilterUnload.pc) = s27))) and (no c_2: Context | ((c_2.ContextCleanupCallback_pc) = ContextCleanupCallback_pc_2_s1))) and (no c_2: Context | ((c_2.ContextCleanupCallback_pc) = ContextCleanupCallback_pc_2_s2)))
}

-- assert SetOnlyAllocated  FLT-CTX-12, FLT-CTX-8, FLT-CTX-9
pred SetOnlyAllocated_fails {
  (Violated_SetOnlyAllocated in Fired.failed)
}
assert SetOnlyAllocated { always not SetOnlyAllocated_fails }

-- assert NoUseAfterFree  FLT-CTX-18, FLT-CTX-28, FLT-CTX-22
pred NoUseAfterFree_fails {
  (Violated_NoUseAfterFree in Fired.failed)
}
assert NoUseAfterFree { always not NoUseAfterFree_fails }

-- invariant CleanupBeforeFree  FLT-CTX-2
pred CleanupBeforeFree_fails {
  (not (all c_2: Context | ((not ((c_2.life) = Freed)) or ((c_2.cleaned) = True))))
}
assert CleanupBeforeFree { always not CleanupBeforeFree_fails }

-- invariant NoOverRelease  FLT-CTX-28
pred NoOverRelease_fails {
  (not (all c_2: Context | ((c_2.refs) > minus[0, 1])))
}
assert NoOverRelease { always not NoOverRelease_fails }

-- invariant OnlyAttachedIsLinked  FLT-CTX-12
pred OnlyAttachedIsLinked_fails {
  (not (all s: Stream | (all c_2: Context | ((not ((s.ctx) = c_2)) or ((c_2.life) = Attached)))))
}
assert OnlyAttachedIsLinked { always not OnlyAttachedIsLinked_fails }

-- at end NoLeak  FLT-CTX-5, FLT-CTX-29
pred NoLeak_fails {
  (deadlocked and (not (all c_2: Context | (((c_2.life) = Unused) or ((c_2.life) = Freed)))))
}
assert NoLeak { always not NoLeak_fails }

-- invariant MemberFreedWithContext  FLT-CTX-3
pred MemberFreedWithContext_fails {
  (not (all c_2: Context | ((not ((c_2.life) = Freed)) or (not ((c_2.member) = True)))))
}
assert MemberFreedWithContext { always not MemberFreedWithContext_fails }

-- invariant AtMostOneAttached  FLT-CTX-12
pred AtMostOneAttached_fails {
  (not (#{c_2: Context | ((c_2.life) = Attached)} <= 1))
}
assert AtMostOneAttached { always not AtMostOneAttached_fails }

-- hang UnloadFinishes  FLT-UNL-7
pred UnloadFinishes_fails {
  (deadlocked and (not ((Globals.unloaded) = True)))
}
assert UnloadFinishes { always not UnloadFinishes_fails }

pred WellDefined_fails_in_state {
  (some none)
}

-- well defined WellDefined
pred WellDefined_fails {
  ((Violated_WellDefined in Fired.failed) or WellDefined_fails_in_state)
}
assert WellDefined { always not WellDefined_fails }

check SetOnlyAllocated for 4 Int, 1..11 steps
check NoUseAfterFree for 4 Int, 1..11 steps
check CleanupBeforeFree for 4 Int, 1..11 steps
check NoOverRelease for 4 Int, 1..11 steps
check OnlyAttachedIsLinked for 4 Int, 1..11 steps
check NoLeak for 4 Int, 1..11 steps
check MemberFreedWithContext for 4 Int, 1..11 steps
check AtMostOneAttached for 4 Int, 1..11 steps
check UnloadFinishes for 4 Int, 1..11 steps
check WellDefined for 4 Int, 1..11 steps
